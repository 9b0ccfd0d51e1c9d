-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragments every indicator query may use (unused ones cost nothing). Each joins the
-- fact views of 007_indicators.sql to the requested periods and adds the leeftijdsklasse.

-- One row per whole age: the age class is then an equi-join (a range join on a computed
-- age made every query a nested loop, 100x slower).
leeftijd_klasse AS (
    SELECT unnest(range(leeftijd_van, least(leeftijd_tot, 150) + 1)) AS leeftijd, klasse
    FROM leeftijdsklasse
),

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
    LEFT JOIN leeftijd_klasse AS lk
        ON lk.leeftijd = leeftijd_op(a.geboortedatum, p.periode_begin)
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
    LEFT JOIN leeftijd_klasse AS lk
        ON lk.leeftijd = leeftijd_op(u.geboortedatum, p.periode_begin)
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

-- Claim lines with their allocation and person attributes (joined once per line, before
-- the lines are spread over the periods).
declaratie_regel AS (
    SELECT
        d.referentie_nummer,
        d.persoon_id,
        d.wet,
        d.product_categorie AS categorie,
        d.agb_code AS aanbieder,
        coalesce(t.leveringsvorm, 'ZIN') AS leveringsvorm,
        coalesce(t.verwijzer, 'onbekend') AS verwijzer,
        coalesce(ps.wijk_code, 'onbekend') AS wijk,
        ps.geboortedatum,
        d.begindatum,
        d.bedrag_cent
    FROM declaratie AS d
    LEFT JOIN toewijzing AS t ON t.toewijzing_nummer = d.toewijzing_nummer
    LEFT JOIN persoon AS ps ON ps.persoon_id = d.persoon_id
    WHERE d.status <> 'afgewezen'
),

-- Claim lines by service month: a line counts in the period holding its begindatum.
-- Rejected lines are left out; credit lines carry a negative amount and net the original.
declaratie_periode AS (
    SELECT
        p.periode,
        d.referentie_nummer,
        d.persoon_id,
        d.wet,
        d.categorie,
        d.aanbieder,
        d.leveringsvorm,
        d.verwijzer,
        d.wijk,
        coalesce(lk.klasse, 'onbekend') AS leeftijdsklasse,
        d.bedrag_cent
    FROM periodes AS p
    INNER JOIN declaratie_regel AS d
        ON d.begindatum BETWEEN p.periode_begin AND p.periode_eind
    LEFT JOIN leeftijd_klasse AS lk
        ON lk.leeftijd = leeftijd_op(d.geboortedatum, p.periode_begin)
)
,

-- One wijk per household (a household is one address): the lowest known wijk code of its
-- members, else 'onbekend'. Households then add up from wijk to gemeente even when the
-- registered wijken of the members differ.
huishouden_wijk AS (
    SELECT
        coalesce(huishouden_id, persoon_id) AS huishouden_id,
        coalesce(min(wijk_code), 'onbekend') AS wijk
    FROM persoon
    GROUP BY ALL
)
