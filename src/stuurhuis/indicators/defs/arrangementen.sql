-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, wet, categorie, aanbieder, leeftijdsklasse, leveringsvorm, verwijzer,
    toewijzing_nummer, persoon_id
FROM arrangement_periode
