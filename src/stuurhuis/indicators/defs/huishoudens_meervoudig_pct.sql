-- SPDX-License-Identifier: EUPL-1.2
WITH per_huishouden AS (
    SELECT periode, huishouden_id, count(DISTINCT toewijzing_nummer) AS aantal_arrangementen
    FROM arrangement_periode
    GROUP BY periode, huishouden_id
)

SELECT
    h.periode,
    coalesce(w.wijk, 'onbekend') AS wijk,
    h.huishouden_id,
    h.aantal_arrangementen >= 2 AS is_meervoudig
FROM per_huishouden AS h
LEFT JOIN huishouden_wijk AS w ON w.huishouden_id = h.huishouden_id
