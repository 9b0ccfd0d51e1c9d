-- SPDX-License-Identifier: EUPL-1.2
-- Staging of persons. geslacht accepts man/vrouw/onbekend, M/V/O and COD046 1/2/0.
WITH geslacht_codes AS (
    SELECT * FROM (VALUES
        ('man', 'man'), ('m', 'man'), ('1', 'man'),
        ('vrouw', 'vrouw'), ('v', 'vrouw'), ('2', 'vrouw'),
        ('onbekend', 'onbekend'), ('o', 'onbekend'), ('0', 'onbekend')
    ) AS t (code, geslacht)
)
SELECT
    g.persoon_id,
    g.huishouden_id,
    g.geboortedatum,
    c.geslacht,
    upper(g.wijk_code) AS wijk_code,
    upper(g.buurt_code) AS buurt_code,
    g.overlijdensdatum,
    g.vertrekdatum,
    g.regel,
    CASE
        WHEN g.fout IS NOT NULL THEN g.fout
        WHEN c.geslacht IS NULL THEN 'onbekend geslacht: ' || g.geslacht
        WHEN g.overlijdensdatum < g.geboortedatum THEN 'overlijdensdatum ligt voor geboortedatum'
        WHEN g.vertrekdatum < g.geboortedatum THEN 'vertrekdatum ligt voor geboortedatum'
    END AS reden,
    g.risico_cent
FROM getypeerd AS g
LEFT JOIN geslacht_codes AS c ON c.code = lower(g.geslacht)
