-- SPDX-License-Identifier: EUPL-1.2
-- The Participatiewet provisions (v_uitkering) numbered; which are active on at least one
-- day of which period (age class at the start of the period), and which are running on
-- the peildatum, the last day of the period (age on the peildatum).
CREATE OR REPLACE TEMP TABLE ind_uitkering AS
SELECT
    CAST(row_number() OVER () AS INTEGER) AS rij,
    CAST(year(geboortedatum) * 10000 + month(geboortedatum) * 100 + day(geboortedatum) AS INTEGER)
        AS geboren_ymd,
    *
FROM v_uitkering;

CREATE OR REPLACE TEMP TABLE ind_uitkering_periode AS
SELECT u.rij, p.pidx, lk.volgorde AS klasse_nr
FROM ind_periode AS p
INNER JOIN ind_uitkering AS u
    ON u.begindatum <= p.periode_eind
    AND coalesce(u.einddatum, DATE '9999-12-31') >= p.periode_begin
LEFT JOIN ind_leeftijd_klasse AS lk
    ON lk.leeftijd = CAST(fdiv(p.begin_ymd - u.geboren_ymd, 10000) AS INTEGER);

CREATE OR REPLACE TEMP TABLE ind_uitkering_peildatum AS
SELECT u.rij, p.pidx, CAST(fdiv(p.eind_ymd - u.geboren_ymd, 10000) AS INTEGER) AS leeftijd
FROM ind_periode AS p
INNER JOIN ind_uitkering AS u
    ON u.begindatum <= p.periode_eind
    AND coalesce(u.einddatum, DATE '9999-12-31') >= p.periode_eind;
