-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, wet, categorie, aanbieder, leeftijdsklasse, leveringsvorm, verwijzer,
    persoon_id
FROM arrangement_periode
UNION ALL
SELECT periode, wijk, 'participatie' AS wet, regeling AS categorie, 'n.v.t.' AS aanbieder,
    leeftijdsklasse, 'n.v.t.' AS leveringsvorm, 'n.v.t.' AS verwijzer, persoon_id
FROM uitkering_periode
