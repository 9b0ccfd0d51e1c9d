-- SPDX-License-Identifier: EUPL-1.2
-- What the dashboard's caches are keyed on, in one query per request: the loaded data
-- (every ingest adds a row to ingest_log, every migration one to schema_versie) and the
-- toelichtingen (insert-only: a new text raises the count and the highest id).
SELECT 'ingest' AS deel, max(ingest_id) AS hoogste, count(*) AS aantal FROM ingest_log
UNION ALL
SELECT 'schema', max(versie), count(*) FROM schema_versie
UNION ALL
SELECT 'toelichting', max(toelichting_id), count(*) FROM toelichting;
