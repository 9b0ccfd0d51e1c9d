-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: arrangements active on at least one day of the period; age class at the
-- start of the period.
arrangement_periode AS (
    SELECT
        p.periode,
        p.periode_begin,
        p.periode_eind,
        a.* EXCLUDE (rij, geboren_ymd),
        coalesce(k.klasse, 'onbekend') AS leeftijdsklasse
    FROM temp.ind_arrangement_periode AS x
    INNER JOIN periodes AS p ON p.periode = x.pidx
    INNER JOIN temp.ind_arrangement AS a ON a.rij = x.rij
    LEFT JOIN leeftijdsklasse AS k ON k.volgorde = x.klasse_nr
)
