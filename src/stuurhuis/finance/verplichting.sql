-- SPDX-License-Identifier: EUPL-1.2
-- Commitments (verplichtingen) per month at the finest grain, from allocations and
-- provisions that had started on the peildatum: what the municipality has committed to
-- pay for each month they run. Parameters: $peildatum, $van, $tot (first days of months).
-- ZIN:  volume x frequentie x product tariff of the month's year (aspecific allocations:
--       the categorie's mean tariff);  PGB: budget_cent per frequentie;
-- frequentie (WMO757): 1 per dag, 2 per week, 4 per maand, 6 totaal over the allocation
-- (missing: totaal). Partial months are prorated by day.
CREATE OR REPLACE TEMP TABLE fin_verplichting AS
WITH maanden AS (
    SELECT CAST(m AS DATE) AS maand,
           CAST(m + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS maand_eind
    FROM unnest(generate_series(CAST($van AS TIMESTAMP), CAST($tot AS TIMESTAMP),
                                INTERVAL 1 MONTH)) AS t(m)
),

toewijzingen AS (
    SELECT t.toewijzing_nummer AS id, t.persoon_id, t.wet, t.product_categorie AS categorie,
           t.product_code, t.leveringsvorm, t.ingangsdatum AS begin,
           t.einddatum AS eind, t.volume, t.frequentie, t.budget_cent,
           -- months the allocation runs, for frequentie 6 (totaal); open-ended: a year
           greatest(1.0, (date_diff('day', t.ingangsdatum,
                                    coalesce(t.einddatum, CAST(t.ingangsdatum + INTERVAL 1 YEAR AS DATE)))
                          + 1) / 30.4375) AS aantal_maanden
    FROM toewijzing AS t
    WHERE t.ingangsdatum <= $peildatum
),

toewijzing_maand AS (
    SELECT a.id, a.persoon_id, a.wet, a.categorie, a.leveringsvorm, m.maand,
           a.product_code, a.volume, a.budget_cent,
           CASE coalesce(a.frequentie, '6')
               WHEN '1' THEN 365.25 / 12
               WHEN '2' THEN 52.1786 / 12
               WHEN '4' THEN 1.0
               ELSE 1.0 / a.aantal_maanden
           END AS per_maand,
           (date_diff('day', greatest(a.begin, m.maand),
                      least(coalesce(a.eind, m.maand_eind), m.maand_eind)) + 1)
           / (date_diff('day', m.maand, m.maand_eind) + 1) AS deel_maand
    FROM toewijzingen AS a
    JOIN maanden AS m
      ON a.begin <= m.maand_eind AND coalesce(a.eind, m.maand_eind) >= m.maand
),

toewijzing_bedrag AS (
    SELECT tm.persoon_id, tm.wet, tm.categorie, tm.leveringsvorm, tm.maand,
           coalesce(p.taakveld, pc.taakveld, pa.taakveld, 'onbekend') AS taakveld,
           tm.deel_maand,
           tm.deel_maand * tm.per_maand * CASE
               WHEN tm.leveringsvorm = 'PGB' OR tm.volume IS NULL
                   THEN coalesce(tm.budget_cent, 0)
               ELSE tm.volume * coalesce(p.tarief_cent, pc.tarief_cent, 0)
           END AS bedrag_cent
    FROM toewijzing_maand AS tm
    LEFT JOIN fin_product AS p
        ON p.niveau = 'product' AND p.wet = tm.wet AND p.product_code = tm.product_code
       AND p.jaar = year(tm.maand)
    LEFT JOIN fin_product AS pc
        ON pc.niveau = 'categorie_jaar' AND pc.wet = tm.wet
       AND pc.product_categorie = tm.categorie AND pc.jaar = year(tm.maand)
    LEFT JOIN fin_product AS pa
        ON pa.niveau = 'categorie' AND pa.wet = tm.wet AND pa.product_categorie = tm.categorie
),

-- Participatiewet provisions are monthly amounts; a one-off payment has begin = eind.
uitkering_maand AS (
    SELECT u.persoon_id, 'participatie' AS wet, u.regeling AS categorie,
           'uitkering' AS leveringsvorm, m.maand,
           coalesce(r.taakveld, '6.3') AS taakveld,
           1.0 AS deel_maand,
           u.bedrag_per_maand_cent AS bedrag_cent
    FROM uitkering AS u
    JOIN maanden AS m
      ON u.begindatum <= m.maand_eind AND coalesce(u.einddatum, m.maand_eind) >= m.maand
    LEFT JOIN (VALUES ('bijstand', '6.3'), ('ioaw', '6.3'), ('bijzondere_bijstand', '6.3'),
                      ('schuldhulp', '6.3'), ('bewindvoering', '6.3'),
                      ('loonkostensubsidie', '6.5'), ('re_integratie', '6.5'),
                      ('beschut_werk', '6.4')) AS r(regeling, taakveld)
      ON r.regeling = u.regeling
    WHERE u.begindatum <= $peildatum
),

alles AS (
    SELECT persoon_id, wet, categorie, leveringsvorm, maand, taakveld, deel_maand, bedrag_cent
    FROM toewijzing_bedrag
    UNION ALL
    SELECT persoon_id, wet, categorie, leveringsvorm, maand, taakveld, deel_maand, bedrag_cent
    FROM uitkering_maand
)

SELECT taakveld, wet, categorie, leveringsvorm, maand,
       CAST(round(sum(bedrag_cent)) AS BIGINT) AS verplichting_cent,
       sum(deel_maand) AS aantal_voorzieningmaanden
FROM alles
GROUP BY taakveld, wet, categorie, leveringsvorm, maand
