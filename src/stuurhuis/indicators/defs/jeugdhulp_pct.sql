-- SPDX-License-Identifier: EUPL-1.2
-- Youth (0-17 at period start) with jeugdhulp, i.e. not jeugdbescherming (48) or
-- jeugdreclassering (47).
SELECT periode, wijk, categorie, aanbieder, leveringsvorm, verwijzer, persoon_id
FROM arrangement_periode
WHERE wet = 'jeugd'
    AND categorie NOT IN ('47', '48')
    AND leeftijd_op(geboortedatum, periode_begin) BETWEEN 0 AND 17
