-- SPDX-License-Identifier: EUPL-1.2
-- wlz_kandidaat: adults with long-running intensive Wmo support whose profile fits the
-- Wlz: beschermd wonen (WMO020 15), or begeleiding (WMO020 02 individual, 07 dagbesteding)
-- that is intensive now: at least $min_uren_per_week hours per week in all, or a product
-- the municipality lists as intensive ($intensieve_producten, e.g. "begeleiding complex"),
-- uninterrupted for $min_maanden months up to the peildatum. Consecutive allocations with
-- gaps of at most 31 days form one period.
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($min_maanden AS INTEGER) AS min_maanden,
        CAST($min_uren_per_week AS DOUBLE) AS min_uren_per_week,
        CAST($besparing_per_jaar_cent AS BIGINT) AS besparing_per_jaar_cent,
        CAST($intensieve_producten AS VARCHAR[]) AS intensieve_producten
),

volwassene AS (
    SELECT pe.persoon_id, pe.huishouden_id, pe.wijk_code
    FROM persoon AS pe
    CROSS JOIN p
    WHERE (pe.overlijdensdatum IS NULL OR pe.overlijdensdatum > p.peildatum)
      AND (pe.vertrekdatum IS NULL OR pe.vertrekdatum > p.peildatum)
      AND CAST(pe.geboortedatum + to_years(18) AS DATE) <= p.peildatum
),

intensief AS (
    SELECT
        t.persoon_id,
        t.toewijzing_nummer,
        CASE WHEN t.product_categorie = '15' THEN 'beschermd_wonen'
             ELSE 'intensieve_begeleiding' END AS reden,
        t.ingangsdatum,
        coalesce(t.einddatum, DATE '9999-12-31') AS einde,
        coalesce(list_contains(p.intensieve_producten, t.product_code), false)
            AS is_intensief_product,
        -- hours per week: unit (WJ756) x frequency (WMO757)
        t.volume
        * CASE t.eenheid WHEN '04' THEN 1.0 WHEN '01' THEN 1.0 / 60 WHEN '16' THEN 4.0 END
        * CASE t.frequentie
              WHEN '2' THEN 1.0
              WHEN '1' THEN 7.0
              WHEN '4' THEN 12.0 / 52
              WHEN '6' THEN 7.0 / nullif(date_diff('day', t.ingangsdatum, t.einddatum) + 1, 0)
          END AS uren_per_week
    FROM toewijzing AS t
    CROSS JOIN p
    WHERE t.wet = 'wmo'
      AND t.product_categorie IN ('15', '02', '07')
      AND t.ingangsdatum <= p.peildatum
      AND NOT (t.aanvraagdatum IS NOT NULL
               AND (t.beslisdatum IS NULL OR t.beslisdatum > p.peildatum))
),

-- islands of uninterrupted support per person and reden
gesorteerd AS (
    SELECT *,
           max(einde) OVER (
               PARTITION BY persoon_id, reden ORDER BY ingangsdatum, einde
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
           ) AS einde_eerder
    FROM intensief
),

gemarkeerd AS (
    SELECT *,
           CASE WHEN einde_eerder IS NULL OR ingangsdatum > einde_eerder + 31
                THEN 1 ELSE 0 END AS is_nieuw_eiland
    FROM gesorteerd
),

genummerd AS (
    SELECT *,
           sum(is_nieuw_eiland) OVER (
               PARTITION BY persoon_id, reden ORDER BY ingangsdatum, einde
               ROWS UNBOUNDED PRECEDING
           ) AS eiland
    FROM gemarkeerd
),

eiland AS (
    SELECT persoon_id, reden, eiland, min(ingangsdatum) AS startdatum, max(einde) AS einde
    FROM genummerd
    GROUP BY persoon_id, reden, eiland
),

-- the period running on the peildatum, long enough
lopend AS (
    SELECT e.persoon_id, e.reden, e.startdatum
    FROM eiland AS e
    CROSS JOIN p
    WHERE e.startdatum <= CAST(p.peildatum - to_months(p.min_maanden) AS DATE)
      AND e.einde >= p.peildatum
),

uren_nu AS (
    SELECT i.persoon_id, i.reden, sum(i.uren_per_week) AS uren_per_week,
           bool_or(i.is_intensief_product) AS heeft_intensief_product,
           array_to_string(list_sort(list(i.toewijzing_nummer)), ', ') AS toewijzingen
    FROM intensief AS i
    CROSS JOIN p
    WHERE i.einde >= p.peildatum
    GROUP BY i.persoon_id, i.reden
),

kosten_12m AS (
    SELECT d.persoon_id, sum(d.bedrag_cent) AS kosten_cent
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.status <> 'afgewezen'
      AND d.wet = 'wmo'
      AND d.begindatum > p.peildatum - 365
      AND d.begindatum <= p.peildatum
    GROUP BY d.persoon_id
),

kandidaat AS (
    SELECT l.persoon_id, l.reden, l.startdatum, u.uren_per_week, u.toewijzingen,
           u.heeft_intensief_product,
           row_number() OVER (
               PARTITION BY l.persoon_id
               ORDER BY CASE l.reden WHEN 'beschermd_wonen' THEN 0 ELSE 1 END
           ) AS voorkeur
    FROM lopend AS l
    CROSS JOIN p
    INNER JOIN uren_nu AS u ON u.persoon_id = l.persoon_id AND u.reden = l.reden
    WHERE l.reden = 'beschermd_wonen'
       OR u.uren_per_week >= p.min_uren_per_week
       OR u.heeft_intensief_product
)

SELECT
    k.reden,
    k.persoon_id,
    v.huishouden_id,
    v.wijk_code,
    CAST(NULL AS VARCHAR) AS agb_code,
    p.besparing_per_jaar_cent AS bedrag_op_spel_cent,
    k.startdatum AS sinds,
    date_diff('month', k.startdatum, p.peildatum) AS aantal_maanden,
    CASE WHEN k.reden = 'intensieve_begeleiding'
         THEN round(k.uren_per_week, 1) END AS uren_per_week,
    CASE WHEN k.reden = 'intensieve_begeleiding'
         THEN k.heeft_intensief_product END AS is_intensief_product,
    k.toewijzingen,
    CAST(coalesce(c.kosten_cent, 0) AS BIGINT) AS kosten_12m_cent
FROM kandidaat AS k
CROSS JOIN p
INNER JOIN volwassene AS v ON v.persoon_id = k.persoon_id
LEFT JOIN kosten_12m AS c ON c.persoon_id = k.persoon_id
WHERE k.voorkeur = 1
