-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, aanbieder, persoon_id
FROM arrangement_periode
WHERE wet = 'jeugd'
    AND categorie = '47'
    AND leeftijd_op(geboortedatum, periode_begin) BETWEEN 12 AND 22
