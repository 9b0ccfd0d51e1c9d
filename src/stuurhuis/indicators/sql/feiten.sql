-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragments every indicator query may use (unused ones cost nothing). Each joins the
-- fact views of 007_indicators.sql to the requested periods and adds the leeftijdsklasse.

-- Arrangements active on at least one day of the period; age at the start of the period.
arrangement_periode AS (
    SELECT
        p.periode,
        p.periode_begin,
        p.periode_eind,
        a.*,
        coalesce(lk.klasse, 'onbekend') AS leeftijdsklasse
    FROM periodes AS p
    INNER JOIN v_arrangement AS a
        ON a.ingangsdatum <= p.periode_eind
        AND coalesce(a.einddatum, DATE '9999-12-31') >= p.periode_begin
    LEFT JOIN leeftijdsklasse AS lk
        ON leeftijd_op(a.geboortedatum, p.periode_begin) BETWEEN lk.leeftijd_van AND lk.leeftijd_tot
),

-- Participatiewet provisions active on at least one day of the period.
uitkering_periode AS (
    SELECT
        p.periode,
        p.periode_begin,
        p.periode_eind,
        u.*,
        coalesce(lk.klasse, 'onbekend') AS leeftijdsklasse
    FROM periodes AS p
    INNER JOIN v_uitkering AS u
        ON u.begindatum <= p.periode_eind
        AND coalesce(u.einddatum, DATE '9999-12-31') >= p.periode_begin
    LEFT JOIN leeftijdsklasse AS lk
        ON leeftijd_op(u.geboortedatum, p.periode_begin) BETWEEN lk.leeftijd_van AND lk.leeftijd_tot
),

-- Participatiewet provisions running on the peildatum (the last day of the period); age on
-- the peildatum.
uitkering_peildatum AS (
    SELECT
        p.periode,
        p.periode_eind AS peildatum,
        u.*,
        leeftijd_op(u.geboortedatum, p.periode_eind) AS leeftijd
    FROM periodes AS p
    INNER JOIN v_uitkering AS u
        ON u.begindatum <= p.periode_eind
        AND coalesce(u.einddatum, DATE '9999-12-31') >= p.periode_eind
),

-- Claim lines by service month: a line counts in the period holding its begindatum.
-- Rejected lines are left out; credit lines carry a negative amount and net the original.
declaratie_periode AS (
    SELECT
        p.periode,
        d.referentie_nummer,
        d.persoon_id,
        d.wet,
        d.product_categorie AS categorie,
        d.agb_code AS aanbieder,
        coalesce(t.leveringsvorm, 'ZIN') AS leveringsvorm,
        coalesce(t.verwijzer, 'onbekend') AS verwijzer,
        coalesce(ps.wijk_code, 'onbekend') AS wijk,
        coalesce(lk.klasse, 'onbekend') AS leeftijdsklasse,
        d.bedrag_cent
    FROM periodes AS p
    INNER JOIN declaratie AS d
        ON d.begindatum BETWEEN p.periode_begin AND p.periode_eind
    LEFT JOIN toewijzing AS t ON t.toewijzing_nummer = d.toewijzing_nummer
    LEFT JOIN persoon AS ps ON ps.persoon_id = d.persoon_id
    LEFT JOIN leeftijdsklasse AS lk
        ON leeftijd_op(ps.geboortedatum, p.periode_begin) BETWEEN lk.leeftijd_van AND lk.leeftijd_tot
    WHERE d.status <> 'afgewezen'
)
