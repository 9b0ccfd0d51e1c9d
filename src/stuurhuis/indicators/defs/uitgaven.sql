-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, wet, categorie, aanbieder, leeftijdsklasse, leveringsvorm, verwijzer,
    persoon_id, bedrag_cent
FROM declaratie_periode
