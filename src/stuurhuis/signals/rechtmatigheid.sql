-- SPDX-License-Identifier: EUPL-1.2
-- rechtmatigheid: claim lines that are not lawful, with the amount at stake.
-- Claim lines considered: debet lines not rejected, not cancelled by a credit line
-- (vorig_referentie_nummer), with a dagtekening on or before the peildatum. Lines and
-- volume windows are reported when their dagtekening falls in the $terugkijk_dagen days
-- up to the peildatum.
-- Each line gets at most one reason, the first that applies in this order:
--   zonder_toewijzing  no allocation with this number for this person, provider and
--                      product (category; product code when the allocation has one):
--                      the whole amount;
--   na_overlijden      service after the client's date of death: pro rata the days after;
--   na_vertrek         service after the client moved out of the municipality: idem;
--   buiten_periode     service outside the allocation's period: pro rata the days outside;
--   dubbel             same person, provider, law, product and overlapping period as an
--                      earlier line that was not credited: pro rata the overlapping days;
--   boven_tarief       amount above geleverd volume x the catalogue tariff of the product
--                      for the year of the service (same unit): the excess.
-- boven_volume is checked per allocation and window (WMO757 frequentie): per dag, week
-- and maand the window is the calendar month of the service start, with the allowed
-- volume volume x covered days (dag), x covered days / 7 (week), x covered days / days in
-- month (maand), rounded up to whole units; totaal: the whole allocation period. Time
-- units (minuut, uur, dagdeel) are compared in minutes. Lines with a line-level reason
-- other than boven_tarief do not count towards the volume. The excess is valued at the
-- average price per unit of the window's lines.
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($terugkijk_dagen AS INTEGER) AS terugkijk_dagen,
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

regel AS (
    SELECT
        d.*,
        date_diff('day', d.begindatum, d.einddatum) + 1 AS aantal_dagen
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.debet_credit = 'D'
      AND d.status <> 'afgewezen'
      AND d.dagtekening <= p.peildatum
      AND NOT EXISTS (
          SELECT 1 FROM gecrediteerd AS g WHERE g.referentie_nummer = d.referentie_nummer
      )
),

gekoppeld AS (
    SELECT
        r.*,
        t.toewijzing_nummer AS t_nummer,
        t.ingangsdatum AS t_ingangsdatum,
        t.einddatum AS t_einddatum,
        t.volume AS t_volume,
        t.eenheid AS t_eenheid,
        t.frequentie AS t_frequentie,
        pe.overlijdensdatum,
        pe.vertrekdatum,
        pr.tarief_cent AS catalogus_tarief_cent,
        pr.eenheid AS catalogus_eenheid
    FROM regel AS r
    LEFT JOIN toewijzing AS t
        ON t.toewijzing_nummer = r.toewijzing_nummer
       AND t.persoon_id = r.persoon_id
       AND t.agb_code = r.agb_code
       AND t.wet = r.wet
       AND t.product_categorie = r.product_categorie
       AND (t.product_code IS NULL OR t.product_code = r.product_code)
    LEFT JOIN persoon AS pe ON pe.persoon_id = r.persoon_id
    LEFT JOIN product AS pr
        ON pr.wet = r.wet
       AND pr.product_code = r.product_code
       AND pr.jaar = year(r.begindatum)
),

-- the earliest earlier, uncredited line for the same service that overlaps this one
eerder AS (
    SELECT
        r.referentie_nummer,
        min(e.referentie_nummer) AS eerdere_referentie,
        max(date_diff('day', greatest(r.begindatum, e.begindatum),
                      least(r.einddatum, e.einddatum)) + 1) AS overlap_dagen
    FROM regel AS r
    INNER JOIN regel AS e
        ON e.persoon_id = r.persoon_id
       AND e.agb_code = r.agb_code
       AND e.wet = r.wet
       AND e.product_categorie = r.product_categorie
       AND coalesce(e.product_code, '') = coalesce(r.product_code, '')
       AND e.begindatum <= r.einddatum
       AND e.einddatum >= r.begindatum
       AND (e.dagtekening < r.dagtekening
            OR (e.dagtekening = r.dagtekening AND e.referentie_nummer < r.referentie_nummer))
    GROUP BY r.referentie_nummer
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
            WHEN 'zonder_toewijzing' THEN m.bedrag_cent
            WHEN 'na_overlijden' THEN m.bedrag_cent * least(m.dagen_na_overlijden, m.aantal_dagen) / m.aantal_dagen
            WHEN 'na_vertrek' THEN m.bedrag_cent * least(m.dagen_na_vertrek, m.aantal_dagen) / m.aantal_dagen
            WHEN 'buiten_periode' THEN m.bedrag_cent * least(m.dagen_buiten_periode, m.aantal_dagen) / m.aantal_dagen
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
    CROSS JOIN p
    WHERE m.reden IS NOT NULL
      AND m.dagtekening > p.peildatum - p.terugkijk_dagen
),

-- volume: lines that count, in the allocation's unit (minutes for time units)
volume_regel AS (
    SELECT
        m.*,
        CASE m.t_frequentie WHEN '6' THEN m.t_ingangsdatum
                            ELSE CAST(date_trunc('month', m.begindatum) AS DATE) END
            AS venster_begin,
        m.geleverd_volume * CASE m.eenheid WHEN '01' THEN 1 WHEN '04' THEN 60 WHEN '16' THEN 240 END
            AS geleverd_minuten,
        m.t_volume * CASE m.t_eenheid WHEN '01' THEN 1 WHEN '04' THEN 60 WHEN '16' THEN 240 END
            AS toegewezen_minuten
    FROM met_reden AS m
    WHERE m.t_nummer IS NOT NULL
      AND (m.reden IS NULL OR m.reden = 'boven_tarief')
      AND m.t_volume IS NOT NULL
      AND m.t_frequentie IN ('1', '2', '4', '6')
),

venster AS (
    SELECT
        v.t_nummer,
        v.venster_begin,
        any_value(v.t_frequentie) AS frequentie,
        any_value(v.persoon_id) AS persoon_id,
        any_value(v.agb_code) AS agb_code,
        any_value(v.wet) AS wet,
        any_value(v.t_ingangsdatum) AS t_ingangsdatum,
        any_value(v.t_einddatum) AS t_einddatum,
        any_value(v.t_eenheid) AS t_eenheid,
        any_value(v.t_volume) AS t_volume,
        any_value(v.toegewezen_minuten) AS toegewezen_minuten,
        -- compare in minutes when both sides are time units, else in the same unit
        CASE WHEN bool_and(v.geleverd_minuten IS NOT NULL)
                  AND any_value(v.toegewezen_minuten) IS NOT NULL
             THEN sum(v.geleverd_minuten) * 1.0 / any_value(v.toegewezen_minuten)
                  * any_value(v.t_volume)
             WHEN bool_and(v.eenheid = v.t_eenheid) THEN sum(v.geleverd_volume) * 1.0
        END AS geleverd_volume,
        sum(v.bedrag_cent) AS bedrag_cent,
        max(v.dagtekening) AS laatste_dagtekening,
        count(*) AS aantal_regels,
        string_agg(v.referentie_nummer, ', ' ORDER BY v.referentie_nummer) AS referenties
    FROM volume_regel AS v
    GROUP BY v.t_nummer, v.venster_begin
),

venster_ruimte AS (
    SELECT
        w.*,
        CASE w.frequentie
            WHEN '6' THEN w.t_volume * 1.0
            ELSE ceil(
                w.t_volume * (
                    date_diff(
                        'day',
                        greatest(w.venster_begin, w.t_ingangsdatum),
                        least(CAST(w.venster_begin + to_months(1) AS DATE) - 1,
                              coalesce(w.t_einddatum, DATE '9999-12-31'))
                    ) + 1
                ) * CASE w.frequentie
                        WHEN '1' THEN 1.0
                        WHEN '2' THEN 1.0 / 7
                        WHEN '4' THEN 1.0 / (date_diff('day', w.venster_begin,
                                                       CAST(w.venster_begin + to_months(1) AS DATE)))
                    END
                - 1e-9
            )
        END AS toegestaan_volume
    FROM venster AS w
),

volume_signaal AS (
    SELECT
        'boven_volume' AS reden,
        w.persoon_id,
        w.agb_code,
        w.venster_begin AS sinds,
        CAST(round(w.bedrag_cent * (w.geleverd_volume - greatest(w.toegestaan_volume, 0))
                   / w.geleverd_volume) AS BIGINT) AS bedrag_op_spel_cent,
        w.referenties AS referentie_nummer,
        w.t_nummer AS toewijzing_nummer,
        w.wet,
        CAST(NULL AS VARCHAR) AS product_code,
        w.venster_begin AS periode_begin,
        CASE WHEN w.frequentie = '6' THEN w.t_einddatum
             ELSE CAST(w.venster_begin + to_months(1) AS DATE) - 1 END AS periode_eind,
        CAST(w.bedrag_cent AS BIGINT) AS gedeclareerd_cent,
        CAST(NULL AS DATE) AS toegewezen_begin,
        CAST(NULL AS DATE) AS toegewezen_eind,
        CAST(NULL AS DATE) AS datum_gebeurtenis,
        CAST(NULL AS VARCHAR) AS eerdere_referentie,
        round(w.geleverd_volume, 2) AS geleverd_volume,
        CAST(NULL AS BIGINT) AS catalogus_tarief_cent,
        round(w.toegestaan_volume, 2) AS toegestaan_volume,
        w.t_eenheid AS eenheid
    FROM venster_ruimte AS w
    CROSS JOIN p
    WHERE w.geleverd_volume > w.toegestaan_volume
      AND w.laatste_dagtekening > p.peildatum - p.terugkijk_dagen
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
