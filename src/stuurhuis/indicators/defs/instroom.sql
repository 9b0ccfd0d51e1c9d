-- SPDX-License-Identifier: EUPL-1.2
WITH gestart AS (
    SELECT DISTINCT periode, periode_begin, wet, persoon_id, wijk, leeftijdsklasse
    FROM arrangement_periode
    WHERE ingangsdatum BETWEEN periode_begin AND periode_eind
)

SELECT g.periode, g.wijk, g.wet, g.leeftijdsklasse, g.persoon_id
FROM gestart AS g
WHERE NOT EXISTS (
    SELECT 1
    FROM v_arrangement AS v
    WHERE v.persoon_id = g.persoon_id
        AND v.wet = g.wet
        AND v.ingangsdatum < g.periode_begin
        AND coalesce(v.einddatum, DATE '9999-12-31') >= g.periode_begin - INTERVAL 1 DAY
)
