-- SPDX-License-Identifier: EUPL-1.2
-- rechtmatigheid: claim lines that are not lawful, with the amount at stake.
-- Claim lines considered: debet lines that stand on the peildatum (issued on or before
-- it, not rejected, not cancelled by a credit line via vorig_referentie_nummer). Lines and
-- volume windows are reported when their dagtekening falls in the $terugkijk_dagen days
-- up to the peildatum; older lines still count as the "earlier line" of a duplicate and
-- towards a window's volume.
-- Each line gets at most one reason, the first that applies in this order:
--   onbekend_product   the product code is not in the catalogue (any year) for the law:
--                      no contracted tariff, the whole amount;
--   zonder_toewijzing  no allocation with this number for this person, provider, law and
--                      product (category; product code when the allocation has one):
--                      the whole amount;
--   na_overlijden      service after the client's date of death: pro rata the days after;
--   na_vertrek         service after the client moved out of the municipality: idem;
--   buiten_periode     service outside the allocation's period: pro rata the days outside;
--   dubbel             same person, provider, law and product, and a service period that
--                      overlaps an earlier line (dagtekening, then reference) on a valid
--                      allocation that was not credited: pro rata the overlapping days;
--   boven_tarief       amount above geleverd volume x the catalogue tariff of the product
--                      for the year of the service (same unit), beyond $tarief_marge_cent:
--                      the excess.
-- boven_volume is checked per allocation and window (WMO757 frequentie): per dag, week
-- and maand the window is the calendar month of the service start, with the allowed
-- volume volume x covered days (dag), x covered days / 7 (week), x covered days / days in
-- month (maand), rounded up to whole units; totaal: the whole allocation period. Minutes,
-- hours and dagdelen convert into each other; a window with a line in a unit that does
-- not convert to the allocation's is not checked. Lines with a line-level reason other
-- than boven_tarief do not count towards the volume. The excess is valued at the average
-- price per unit of the window's lines.
-- Performance: lines serviced before the first month of the lines to report cannot be
-- their duplicates or share a month window with them, and are skipped (except on totaal
-- allocations); only the lines to report and the lines sharing a volume window with them
-- are joined to allocations, persons and products. Every join is an equi-join; lists are
-- built only for the windows that fire.
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST(CAST($peildatum AS DATE) - CAST($terugkijk_dagen AS INTEGER) AS DATE) AS vanaf,
        CAST($tarief_marge_cent AS BIGINT) AS tarief_marge_cent
),

gecrediteerd AS (
    SELECT DISTINCT d.vorig_referentie_nummer AS referentie_nummer
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.debet_credit = 'C'
      AND d.vorig_referentie_nummer IS NOT NULL
      AND d.dagtekening <= p.peildatum
),

-- the debet lines issued in the look-back window: the lines to report
recent AS (
    SELECT d.toewijzing_nummer, d.begindatum
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.debet_credit = 'D'
      AND d.dagtekening > p.vanaf
      AND d.dagtekening <= p.peildatum
),

-- no line serviced before this month can overlap or share a month window with them
eerste_maand AS (
    SELECT CAST(min(date_trunc('month', begindatum)) AS DATE) AS maand FROM recent
),

-- ... but a totaal allocation's window is its whole period
totaal_toewijzing AS (
    SELECT DISTINCT r.toewijzing_nummer
    FROM recent AS r
    INNER JOIN toewijzing AS t ON t.toewijzing_nummer = r.toewijzing_nummer
    WHERE t.frequentie = '6'
),

-- the debet lines that may matter to the recent ones ...
kandidaat AS MATERIALIZED (
    SELECT
        d.referentie_nummer,
        d.toewijzing_nummer,
        d.persoon_id,
        d.agb_code,
        d.wet,
        d.product_categorie,
        d.product_code,
        d.begindatum,
        d.einddatum,
        d.dagtekening,
        d.geleverd_volume,
        d.eenheid,
        d.bedrag_cent
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.debet_credit = 'D'
      AND d.status <> 'afgewezen'
      AND d.dagtekening <= p.peildatum
      AND (d.begindatum >= (SELECT maand FROM eerste_maand)
           OR d.toewijzing_nummer IN (SELECT toewijzing_nummer FROM totaal_toewijzing))
),

-- ... and stand on the peildatum
regel AS (
    SELECT
        d.*,
        d.dagtekening > p.vanaf AS is_recent,
        CAST(date_trunc('month', d.begindatum) AS DATE) AS maand,
        -- the service (person, provider, law, product) as one 64-bit key, so the duplicate
        -- check hashes one integer per line instead of five texts (collisions: ~1e-7 at
        -- national scale)
        hash(d.persoon_id, d.agb_code, d.wet, d.product_categorie, coalesce(d.product_code, ''))
            AS dienst
    FROM kandidaat AS d
    CROSS JOIN p
    LEFT JOIN gecrediteerd AS g ON g.referentie_nummer = d.referentie_nummer
    WHERE g.referentie_nummer IS NULL
),

-- the volume windows the recent lines fall in: a month, or a whole totaal allocation
recent_venster AS (
    SELECT DISTINCT
        r.toewijzing_nummer,
        t.frequentie = '6' AS is_totaal,
        CASE WHEN t.frequentie = '6' THEN DATE '0001-01-01' ELSE r.maand END AS maand
    FROM regel AS r
    INNER JOIN toewijzing AS t ON t.toewijzing_nummer = r.toewijzing_nummer
    WHERE r.is_recent
),

-- the lines to judge: the recent ones, and older ones that share a window with them
te_beoordelen AS (
    SELECT * FROM regel WHERE is_recent
    UNION ALL
    SELECT r.*
    FROM regel AS r
    SEMI JOIN recent_venster AS v
        ON v.toewijzing_nummer = r.toewijzing_nummer AND v.maand = r.maand AND NOT v.is_totaal
    WHERE NOT r.is_recent
    UNION ALL
    SELECT r.*
    FROM regel AS r
    SEMI JOIN (SELECT toewijzing_nummer FROM recent_venster WHERE is_totaal) AS v
        ON v.toewijzing_nummer = r.toewijzing_nummer
    WHERE NOT r.is_recent
),

bekend_product AS (
    SELECT DISTINCT wet, product_code FROM product
),

-- the allocation counts only when it is for this person, provider, law and product
gekoppeld AS (
    SELECT
        r.*,
        date_diff('day', r.begindatum, r.einddatum) + 1 AS aantal_dagen,
        CASE WHEN t.persoon_id = r.persoon_id
                  AND t.agb_code = r.agb_code
                  AND t.wet = r.wet
                  AND t.product_categorie = r.product_categorie
                  AND (t.product_code IS NULL OR t.product_code = r.product_code)
             THEN t.toewijzing_nummer END AS t_nummer,
        t.ingangsdatum AS t_ingangsdatum,
        t.einddatum AS t_einddatum,
        r.product_code IS NOT NULL AND b.product_code IS NULL AS is_onbekend_product,
        pe.overlijdensdatum,
        pe.vertrekdatum,
        pr.tarief_cent AS catalogus_tarief_cent,
        pr.eenheid AS catalogus_eenheid
    FROM te_beoordelen AS r
    LEFT JOIN toewijzing AS t ON t.toewijzing_nummer = r.toewijzing_nummer
    LEFT JOIN persoon AS pe ON pe.persoon_id = r.persoon_id
    LEFT JOIN bekend_product AS b ON b.wet = r.wet AND b.product_code = r.product_code
    LEFT JOIN product AS pr
        ON pr.wet = r.wet
       AND pr.product_code = r.product_code
       AND pr.jaar = year(r.begindatum)
),

-- the calendar months a line's service touches (nearly always one): lines that overlap
-- share a month
regel_maand AS (
    SELECT dienst, maand, referentie_nummer, toewijzing_nummer, begindatum, einddatum, dagtekening
    FROM regel
    WHERE date_trunc('month', einddatum) = maand
    UNION ALL
    SELECT
        dienst,
        CAST(unnest(generate_series(
            maand, CAST(date_trunc('month', einddatum) AS DATE), INTERVAL 1 MONTH
        )) AS DATE) AS maand,
        referentie_nummer,
        toewijzing_nummer,
        begindatum,
        einddatum,
        dagtekening
    FROM regel
    WHERE date_trunc('month', einddatum) > maand
),

-- earlier lines (dagtekening, then reference) for the same service that overlap a judged one
overlapt AS (
    SELECT
        r.referentie_nummer,
        e.referentie_nummer AS e_referentie,
        e.dagtekening AS e_dagtekening,
        e.toewijzing_nummer AS e_toewijzing,
        r.persoon_id,
        r.agb_code,
        r.wet,
        r.product_categorie,
        r.product_code,
        date_diff('day', greatest(r.begindatum, e.begindatum),
                  least(r.einddatum, e.einddatum)) + 1 AS overlap_dagen
    FROM gekoppeld AS r
    INNER JOIN regel_maand AS e ON e.dienst = r.dienst AND e.maand = r.maand
    WHERE e.begindatum <= r.einddatum
      AND e.einddatum >= r.begindatum
      AND (e.dagtekening < r.dagtekening
           OR (e.dagtekening = r.dagtekening AND e.referentie_nummer < r.referentie_nummer))
),

-- ... when that earlier line is on a valid allocation (for the same service: same key)
eerder AS (
    SELECT
        o.referentie_nummer,
        arg_min(
            o.e_referentie, struct_pack(d := o.e_dagtekening, r := o.e_referentie)
        ) AS eerdere_referentie,
        max(o.overlap_dagen) AS overlap_dagen
    FROM overlapt AS o
    INNER JOIN toewijzing AS t ON t.toewijzing_nummer = o.e_toewijzing
    WHERE t.persoon_id = o.persoon_id
      AND t.agb_code = o.agb_code
      AND t.wet = o.wet
      AND t.product_categorie = o.product_categorie
      AND (t.product_code IS NULL OR t.product_code = o.product_code)
    GROUP BY o.referentie_nummer
),

beoordeeld AS (
    SELECT
        g.*,
        e.eerdere_referentie,
        e.overlap_dagen,
        -- (greatest ignores NULLs, so the dates are checked first)
        CASE WHEN g.overlijdensdatum IS NOT NULL
             THEN date_diff('day', greatest(g.overlijdensdatum, g.begindatum - 1), g.einddatum)
        END AS dagen_na_overlijden,
        CASE WHEN g.vertrekdatum IS NOT NULL
             THEN date_diff('day', greatest(g.vertrekdatum, g.begindatum - 1), g.einddatum)
        END AS dagen_na_vertrek,
        least(greatest(date_diff('day', g.begindatum, g.t_ingangsdatum), 0), g.aantal_dagen)
        + least(
            greatest(date_diff('day', coalesce(g.t_einddatum, g.einddatum), g.einddatum), 0),
            g.aantal_dagen
        ) AS dagen_buiten_periode,
        CASE WHEN g.catalogus_eenheid = g.eenheid
             THEN g.bedrag_cent - g.geleverd_volume * g.catalogus_tarief_cent END
            AS boven_tarief_cent
    FROM gekoppeld AS g
    LEFT JOIN eerder AS e ON e.referentie_nummer = g.referentie_nummer
),

met_reden AS (
    SELECT
        b.*,
        CASE
            WHEN b.is_onbekend_product THEN 'onbekend_product'
            WHEN b.t_nummer IS NULL THEN 'zonder_toewijzing'
            WHEN b.dagen_na_overlijden > 0 THEN 'na_overlijden'
            WHEN b.dagen_na_vertrek > 0 THEN 'na_vertrek'
            WHEN b.dagen_buiten_periode > 0 THEN 'buiten_periode'
            WHEN b.eerdere_referentie IS NOT NULL THEN 'dubbel'
            WHEN b.boven_tarief_cent > p.tarief_marge_cent THEN 'boven_tarief'
        END AS reden
    FROM beoordeeld AS b
    CROSS JOIN p
),

regel_signaal AS (
    SELECT
        m.reden,
        m.persoon_id,
        m.agb_code,
        m.dagtekening AS sinds,
        CAST(round(CASE m.reden
            WHEN 'onbekend_product' THEN m.bedrag_cent
            WHEN 'zonder_toewijzing' THEN m.bedrag_cent
            WHEN 'na_overlijden'
                THEN m.bedrag_cent * least(m.dagen_na_overlijden, m.aantal_dagen) / m.aantal_dagen
            WHEN 'na_vertrek'
                THEN m.bedrag_cent * least(m.dagen_na_vertrek, m.aantal_dagen) / m.aantal_dagen
            WHEN 'buiten_periode'
                THEN m.bedrag_cent * least(m.dagen_buiten_periode, m.aantal_dagen) / m.aantal_dagen
            WHEN 'dubbel' THEN m.bedrag_cent * m.overlap_dagen / m.aantal_dagen
            WHEN 'boven_tarief' THEN m.boven_tarief_cent
        END) AS BIGINT) AS bedrag_op_spel_cent,
        m.referentie_nummer,
        m.toewijzing_nummer,
        m.wet,
        m.product_code,
        m.begindatum AS periode_begin,
        m.einddatum AS periode_eind,
        m.bedrag_cent AS gedeclareerd_cent,
        CASE WHEN m.reden = 'buiten_periode' THEN m.t_ingangsdatum END AS toegewezen_begin,
        CASE WHEN m.reden = 'buiten_periode' THEN m.t_einddatum END AS toegewezen_eind,
        CASE m.reden WHEN 'na_overlijden' THEN m.overlijdensdatum
                     WHEN 'na_vertrek' THEN m.vertrekdatum END AS datum_gebeurtenis,
        CASE WHEN m.reden = 'dubbel' THEN m.eerdere_referentie END AS eerdere_referentie,
        CAST(CASE WHEN m.reden = 'boven_tarief' THEN m.geleverd_volume END AS DOUBLE)
            AS geleverd_volume,
        CASE WHEN m.reden = 'boven_tarief' THEN m.catalogus_tarief_cent END
            AS catalogus_tarief_cent,
        CAST(NULL AS DOUBLE) AS toegestaan_volume,
        CAST(NULL AS VARCHAR) AS eenheid
    FROM met_reden AS m
    WHERE m.reden IS NOT NULL
      AND m.is_recent
),

-- time units in minutes (WJ756: 01 minuut, 04 uur, 16 dagdeel of 4 hours)
eenheid_minuten AS (
    SELECT * FROM (VALUES ('01', 1), ('04', 60), ('16', 240)) AS e (eenheid, minuten)
),

-- lines that count towards a window, with their volume in the allocation's unit
volume_regel AS (
    SELECT
        m.t_nummer,
        m.referentie_nummer,
        m.dagtekening,
        m.bedrag_cent,
        CASE t.frequentie WHEN '6' THEN t.ingangsdatum
                          ELSE CAST(date_trunc('month', m.begindatum) AS DATE) END
            AS venster_begin,
        CASE WHEN m.eenheid = t.eenheid THEN m.geleverd_volume * 1.0
             ELSE m.geleverd_volume * 1.0 * gm.minuten / tm.minuten END AS volume_in_eenheid
    FROM met_reden AS m
    INNER JOIN toewijzing AS t ON t.toewijzing_nummer = m.t_nummer
    LEFT JOIN eenheid_minuten AS gm ON gm.eenheid = m.eenheid
    LEFT JOIN eenheid_minuten AS tm ON tm.eenheid = t.eenheid
    WHERE (m.reden IS NULL OR m.reden = 'boven_tarief')
      AND t.volume IS NOT NULL
      AND t.frequentie IN ('1', '2', '4', '6')
),

venster AS (
    SELECT
        t_nummer,
        venster_begin,
        sum(volume_in_eenheid) AS geleverd_volume,
        count(*) = count(volume_in_eenheid) AS is_vergelijkbaar,
        sum(bedrag_cent) AS bedrag_cent,
        max(dagtekening) AS laatste_dagtekening
    FROM volume_regel
    GROUP BY t_nummer, venster_begin
),

venster_ruimte AS (
    SELECT
        w.*,
        t.persoon_id,
        t.agb_code,
        t.wet,
        t.product_code,
        t.eenheid,
        greatest(w.venster_begin, t.ingangsdatum) AS periode_begin,
        CASE WHEN t.frequentie = '6' THEN t.einddatum
             ELSE least(CAST(w.venster_begin + INTERVAL 1 MONTH AS DATE) - 1,
                        coalesce(t.einddatum, DATE '9999-12-31')) END AS periode_eind,
        CASE t.frequentie
            WHEN '6' THEN t.volume * 1.0
            ELSE ceil(
                t.volume * (
                    date_diff(
                        'day',
                        greatest(w.venster_begin, t.ingangsdatum),
                        least(CAST(w.venster_begin + INTERVAL 1 MONTH AS DATE) - 1,
                              coalesce(t.einddatum, DATE '9999-12-31'))
                    ) + 1
                ) * CASE t.frequentie
                        WHEN '1' THEN 1.0
                        WHEN '2' THEN 1.0 / 7
                        WHEN '4' THEN 1.0 / date_diff(
                            'day', w.venster_begin, CAST(w.venster_begin + INTERVAL 1 MONTH AS DATE)
                        )
                    END
                - 1e-9
            )
        END AS toegestaan_volume
    FROM venster AS w
    CROSS JOIN p
    INNER JOIN toewijzing AS t ON t.toewijzing_nummer = w.t_nummer
    WHERE w.is_vergelijkbaar
      AND w.laatste_dagtekening > p.vanaf
),

boven_volume AS (
    SELECT * FROM venster_ruimte WHERE geleverd_volume > toegestaan_volume
),

boven_volume_referenties AS (
    SELECT
        v.t_nummer,
        v.venster_begin,
        array_to_string(list_sort(list(v.referentie_nummer)), ', ') AS referenties
    FROM volume_regel AS v
    SEMI JOIN boven_volume AS b
        ON b.t_nummer = v.t_nummer AND b.venster_begin = v.venster_begin
    GROUP BY v.t_nummer, v.venster_begin
),

volume_signaal AS (
    SELECT
        'boven_volume' AS reden,
        w.persoon_id,
        w.agb_code,
        w.periode_begin AS sinds,
        CAST(round(w.bedrag_cent * (w.geleverd_volume - greatest(w.toegestaan_volume, 0))
                   / w.geleverd_volume) AS BIGINT) AS bedrag_op_spel_cent,
        r.referenties AS referentie_nummer,
        w.t_nummer AS toewijzing_nummer,
        w.wet,
        w.product_code,
        w.periode_begin,
        w.periode_eind,
        CAST(w.bedrag_cent AS BIGINT) AS gedeclareerd_cent,
        CAST(NULL AS DATE) AS toegewezen_begin,
        CAST(NULL AS DATE) AS toegewezen_eind,
        CAST(NULL AS DATE) AS datum_gebeurtenis,
        CAST(NULL AS VARCHAR) AS eerdere_referentie,
        round(w.geleverd_volume, 2) AS geleverd_volume,
        CAST(NULL AS BIGINT) AS catalogus_tarief_cent,
        round(w.toegestaan_volume, 2) AS toegestaan_volume,
        w.eenheid
    FROM boven_volume AS w
    INNER JOIN boven_volume_referenties AS r
        ON r.t_nummer = w.t_nummer AND r.venster_begin = w.venster_begin
),

signaal AS (
    SELECT * FROM regel_signaal
    UNION ALL BY NAME
    SELECT * FROM volume_signaal
)

SELECT
    s.reden,
    s.persoon_id,
    pe.huishouden_id,
    pe.wijk_code,
    s.agb_code,
    s.bedrag_op_spel_cent,
    s.sinds,
    s.referentie_nummer,
    s.toewijzing_nummer,
    s.wet,
    s.product_code,
    s.periode_begin,
    s.periode_eind,
    s.gedeclareerd_cent,
    s.toegewezen_begin,
    s.toegewezen_eind,
    s.datum_gebeurtenis,
    s.eerdere_referentie,
    s.geleverd_volume,
    s.toegestaan_volume,
    s.eenheid,
    s.catalogus_tarief_cent
FROM signaal AS s
LEFT JOIN persoon AS pe ON pe.persoon_id = s.persoon_id
WHERE s.bedrag_op_spel_cent > 0
