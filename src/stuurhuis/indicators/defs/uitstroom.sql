-- SPDX-License-Identifier: EUPL-1.2
WITH geeindigd AS (
    SELECT DISTINCT periode, periode_eind, wet, persoon_id, wijk, leeftijdsklasse
    FROM arrangement_periode
    WHERE einddatum BETWEEN periode_begin AND periode_eind
)

SELECT g.periode, g.wijk, g.wet, g.leeftijdsklasse, g.persoon_id
FROM geeindigd AS g
WHERE NOT EXISTS (
    SELECT 1
    FROM v_arrangement AS v
    WHERE v.persoon_id = g.persoon_id
        AND v.wet = g.wet
        AND v.ingangsdatum <= g.periode_eind + INTERVAL 1 DAY
        AND coalesce(v.einddatum, DATE '9999-12-31') > g.periode_eind
)
