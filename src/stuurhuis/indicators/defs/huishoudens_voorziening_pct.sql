-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, huishouden_id
FROM arrangement_periode
UNION
SELECT periode, wijk, huishouden_id
FROM uitkering_periode
