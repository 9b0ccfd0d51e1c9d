-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: Participatiewet provisions active on at least one day of the period; age
-- class at the start of the period.
uitkering_periode AS (
    SELECT
        p.periode,
        p.periode_begin,
        p.periode_eind,
        u.* EXCLUDE (rij, geboren_ymd),
        coalesce(k.klasse, 'onbekend') AS leeftijdsklasse
    FROM temp.ind_uitkering_periode AS x
    INNER JOIN periodes AS p ON p.periode = x.pidx
    INNER JOIN temp.ind_uitkering AS u ON u.rij = x.rij
    LEFT JOIN leeftijdsklasse AS k ON k.volgorde = x.klasse_nr
)
