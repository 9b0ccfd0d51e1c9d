-- SPDX-License-Identifier: EUPL-1.2
-- The most recent ingests, newest first.
SELECT
    ingest_id,
    bestand,
    bron_soort AS soort,
    strftime(beeindigd_op, '%Y-%m-%d %H:%M:%S') AS geladen_op,
    aantal_gelezen,
    aantal_geladen,
    aantal_quarantaine
FROM ingest_log
ORDER BY ingest_id DESC
LIMIT $aantal
