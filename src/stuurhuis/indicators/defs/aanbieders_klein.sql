-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, aanbieder, count(DISTINCT persoon_id) <= 2 AS is_klein
FROM arrangement_periode
GROUP BY periode, aanbieder
