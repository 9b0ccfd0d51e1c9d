-- SPDX-License-Identifier: EUPL-1.2
WITH per_huishouden AS (
    SELECT periode, huishouden_id, count(DISTINCT toewijzing_nummer) AS aantal_arrangementen
    FROM arrangement_periode
    GROUP BY periode, huishouden_id
)

SELECT DISTINCT a.periode, a.wijk, a.huishouden_id, h.aantal_arrangementen >= 2 AS is_meervoudig
FROM arrangement_periode AS a
INNER JOIN per_huishouden AS h ON h.periode = a.periode AND h.huishouden_id = a.huishouden_id
