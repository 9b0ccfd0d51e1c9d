-- SPDX-License-Identifier: EUPL-1.2
-- Quarantined rows per reason (the variable part after ':' dropped), with the amount at
-- stake in euros. A quarantined row is NOT in any total: this is what is missing.
WITH redenen AS (
    SELECT
        regexp_replace(reden, '(: .*|, eerste op regel .*)$', '') AS reden,
        bedrag_cent
    FROM quarantaine
)
SELECT
    reden,
    count(*) AS aantal_regels,
    count(bedrag_cent) AS aantal_met_bedrag,
    round(coalesce(sum(bedrag_cent), 0) / 100.0, 2) AS bedrag_euro
FROM redenen
GROUP BY reden
ORDER BY aantal_regels DESC, reden
