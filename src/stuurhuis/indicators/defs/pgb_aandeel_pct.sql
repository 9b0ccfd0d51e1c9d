-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, wet, categorie, aanbieder, leeftijdsklasse, toewijzing_nummer,
    persoon_id, leveringsvorm = 'PGB' AS is_pgb
FROM arrangement_periode
