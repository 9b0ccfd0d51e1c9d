-- SPDX-License-Identifier: EUPL-1.2
WITH huishouden AS (
    SELECT periode, huishouden_id FROM arrangement_periode
    UNION
    SELECT periode, huishouden_id FROM uitkering_periode
)

SELECT h.periode, coalesce(w.wijk, 'onbekend') AS wijk, h.huishouden_id
FROM huishouden AS h
LEFT JOIN huishouden_wijk AS w ON w.huishouden_id = h.huishouden_id
