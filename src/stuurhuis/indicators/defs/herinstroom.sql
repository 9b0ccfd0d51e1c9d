-- SPDX-License-Identifier: EUPL-1.2
WITH gestart AS (
    SELECT DISTINCT periode, periode_begin, wet, persoon_id, wijk, leeftijdsklasse
    FROM arrangement_periode
    WHERE ingangsdatum BETWEEN periode_begin AND periode_eind
),

nieuw AS (
    SELECT g.*
    FROM gestart AS g
    WHERE NOT EXISTS (
        SELECT 1
        FROM v_arrangement AS v
        WHERE v.persoon_id = g.persoon_id
            AND v.wet = g.wet
            AND v.ingangsdatum < g.periode_begin
            AND coalesce(v.einddatum, DATE '9999-12-31') >= g.periode_begin - INTERVAL 1 DAY
    )
)

SELECT n.periode, n.wijk, n.wet, n.leeftijdsklasse, n.persoon_id
FROM nieuw AS n
WHERE EXISTS (
    SELECT 1
    FROM v_arrangement AS v
    WHERE v.persoon_id = n.persoon_id
        AND v.wet = n.wet
        AND v.einddatum BETWEEN n.periode_begin - INTERVAL 365 DAY
        AND n.periode_begin - INTERVAL 1 DAY
)
