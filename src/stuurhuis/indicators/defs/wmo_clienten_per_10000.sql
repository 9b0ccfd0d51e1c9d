-- SPDX-License-Identifier: EUPL-1.2
-- Wmo arrangements active in the period, hulpmiddelen included.
SELECT periode, wijk, categorie, aanbieder, leveringsvorm, persoon_id
FROM arrangement_periode
WHERE wet = 'wmo'
