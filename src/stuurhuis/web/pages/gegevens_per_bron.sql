-- SPDX-License-Identifier: EUPL-1.2
-- Per source kind: files, rows read/loaded/quarantined and the last load.
SELECT
    bron_soort,
    count(*) AS aantal_bestanden,
    sum(aantal_gelezen) AS aantal_gelezen,
    sum(aantal_geladen) AS aantal_geladen,
    sum(aantal_quarantaine) AS aantal_quarantaine,
    max(beeindigd_op) AS laatst_geladen_op
FROM ingest_log
GROUP BY bron_soort
ORDER BY bron_soort;
