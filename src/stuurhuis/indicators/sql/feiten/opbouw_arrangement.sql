-- SPDX-License-Identifier: EUPL-1.2
-- The arrangements (v_arrangement) numbered, and which of them are active on at least one
-- day of which period, with the age class at the start of the period. The expansion holds
-- only numbers (the age class as its volgorde), so it is cheap to build and to join back.
CREATE OR REPLACE TEMP TABLE ind_arrangement AS
SELECT
    CAST(row_number() OVER () AS INTEGER) AS rij,
    CAST(year(geboortedatum) * 10000 + month(geboortedatum) * 100 + day(geboortedatum) AS INTEGER)
        AS geboren_ymd,
    *
FROM v_arrangement;

CREATE OR REPLACE TEMP TABLE ind_arrangement_periode AS
SELECT a.rij, p.pidx, lk.volgorde AS klasse_nr
FROM ind_periode AS p
INNER JOIN ind_arrangement AS a
    ON a.ingangsdatum <= p.periode_eind
    AND coalesce(a.einddatum, DATE '9999-12-31') >= p.periode_begin
LEFT JOIN ind_leeftijd_klasse AS lk
    ON lk.leeftijd = CAST(fdiv(p.begin_ymd - a.geboren_ymd, 10000) AS INTEGER);
