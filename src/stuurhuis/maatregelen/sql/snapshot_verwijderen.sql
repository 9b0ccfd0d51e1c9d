-- SPDX-License-Identifier: EUPL-1.2
-- Remove the snapshot with this peildatum and label (re-import replaces it).
DELETE FROM maatregelen_bedrag
WHERE snapshot_id IN (SELECT snapshot_id FROM maatregelen_snapshot WHERE peildatum = $peildatum AND label = $label);
DELETE FROM maatregelen_maatregel
WHERE snapshot_id IN (SELECT snapshot_id FROM maatregelen_snapshot WHERE peildatum = $peildatum AND label = $label);
DELETE FROM maatregelen_snapshot WHERE peildatum = $peildatum AND label = $label;
