-- SPDX-License-Identifier: EUPL-1.2
-- Claim lines with their allocation and person attributes, numbered (joined once per line,
-- before the lines are spread over the periods), and the periods holding each line's
-- begindatum (service month). Rejected lines are left out; credit lines carry a negative
-- amount and net the original.
CREATE OR REPLACE TEMP TABLE ind_declaratie AS
SELECT
    CAST(row_number() OVER () AS INTEGER) AS rij,
    CAST(year(ps.geboortedatum) * 10000 + month(ps.geboortedatum) * 100 + day(ps.geboortedatum)
        AS INTEGER) AS geboren_ymd,
    d.referentie_nummer,
    d.persoon_id,
    d.wet,
    d.product_categorie AS categorie,
    d.agb_code AS aanbieder,
    coalesce(t.leveringsvorm, 'ZIN') AS leveringsvorm,
    coalesce(t.verwijzer, 'onbekend') AS verwijzer,
    coalesce(ps.wijk_code, 'onbekend') AS wijk,
    d.begindatum,
    d.bedrag_cent
FROM declaratie AS d
LEFT JOIN toewijzing AS t ON t.toewijzing_nummer = d.toewijzing_nummer
LEFT JOIN persoon AS ps ON ps.persoon_id = d.persoon_id
WHERE d.status <> 'afgewezen';

CREATE OR REPLACE TEMP TABLE ind_declaratie_periode AS
SELECT d.rij, p.pidx, lk.volgorde AS klasse_nr
FROM ind_periode AS p
INNER JOIN ind_declaratie AS d
    ON d.begindatum BETWEEN p.periode_begin AND p.periode_eind
LEFT JOIN ind_leeftijd_klasse AS lk
    ON lk.leeftijd = CAST(fdiv(p.begin_ymd - d.geboren_ymd, 10000) AS INTEGER);
