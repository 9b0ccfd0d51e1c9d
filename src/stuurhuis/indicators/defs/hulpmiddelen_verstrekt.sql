-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, categorie, aanbieder, leeftijdsklasse, leveringsvorm, toewijzing_nummer,
    persoon_id
FROM arrangement_periode
WHERE is_hulpmiddel AND ingangsdatum BETWEEN periode_begin AND periode_eind
