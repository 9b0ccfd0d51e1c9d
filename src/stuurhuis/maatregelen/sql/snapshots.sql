-- SPDX-License-Identifier: EUPL-1.2
-- Every snapshot with its size, oldest peildatum first.
WITH aantallen AS (
    SELECT snapshot_id, count(*) AS aantal_maatregelen
    FROM maatregelen_maatregel
    GROUP BY snapshot_id
)
SELECT
    s.snapshot_id,
    s.peildatum,
    s.label,
    s.gemeente,
    s.eenheid,
    s.bestand,
    coalesce(a.aantal_maatregelen, 0) AS aantal_maatregelen,
    s.geimporteerd_op
FROM maatregelen_snapshot AS s
LEFT JOIN aantallen AS a USING (snapshot_id)
ORDER BY s.peildatum, s.snapshot_id;
