-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: Participatiewet provisions running on the peildatum (the last day of the
-- period); age on the peildatum.
uitkering_peildatum AS (
    SELECT
        p.periode,
        p.periode_eind AS peildatum,
        u.* EXCLUDE (rij, geboren_ymd),
        x.leeftijd
    FROM temp.ind_uitkering_peildatum AS x
    INNER JOIN periodes AS p ON p.periode = x.pidx
    INNER JOIN temp.ind_uitkering AS u ON u.rij = x.rij
)
