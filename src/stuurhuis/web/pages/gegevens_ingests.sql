-- SPDX-License-Identifier: EUPL-1.2
-- The 50 most recent ingests, newest first.
SELECT
    ingest_id,
    bestand,
    bron_soort,
    beeindigd_op AS geladen_op,
    aantal_gelezen,
    aantal_geladen,
    aantal_quarantaine
FROM ingest_log
ORDER BY beeindigd_op DESC, ingest_id DESC
LIMIT 50;
