-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, wet, categorie, aanbieder, leeftijdsklasse, leveringsvorm, verwijzer,
    toewijzing_nummer, persoon_id,
    date_diff('day', ingangsdatum, einddatum) + 1 AS duur_dagen
FROM arrangement_periode
WHERE einddatum BETWEEN periode_begin AND periode_eind
