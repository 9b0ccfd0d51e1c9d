-- SPDX-License-Identifier: EUPL-1.2
SELECT snapshot_id, peildatum, label, programma_json
FROM maatregelen_snapshot
ORDER BY peildatum, snapshot_id;
