-- SPDX-License-Identifier: EUPL-1.2
-- herindicatie: allocations that need a re-assessment.
--   einde_nadert: ends within $dagen days of the peildatum and no later allocation for the
--                 same person, law and product category continues it;
--   open_einde:   open-ended, and the last decision for that person, law and category is
--                 more than $open_jaren years old. Wmo hulpmiddelen (one-off provisions,
--                 $hulpmiddel_categorieen) are left out.
-- Money at stake: what was declared on the allocation in the last 365 days (the cost of
-- another year unchanged).
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($dagen AS INTEGER) AS dagen,
        CAST($open_jaren AS INTEGER) AS open_jaren,
        CAST($hulpmiddel_categorieen AS VARCHAR[]) AS hulpmiddel_categorieen
),

persoon_actief AS (
    SELECT pe.persoon_id, pe.huishouden_id, pe.wijk_code
    FROM persoon AS pe
    CROSS JOIN p
    WHERE (pe.overlijdensdatum IS NULL OR pe.overlijdensdatum > p.peildatum)
      AND (pe.vertrekdatum IS NULL OR pe.vertrekdatum > p.peildatum)
),

besloten AS (
    SELECT t.*, coalesce(t.beslisdatum, t.ingangsdatum) AS besluit_datum
    FROM toewijzing AS t
    CROSS JOIN p
    WHERE NOT (t.aanvraagdatum IS NOT NULL
               AND (t.beslisdatum IS NULL OR t.beslisdatum > p.peildatum))
      AND NOT (t.wet = 'wmo' AND list_contains(p.hulpmiddel_categorieen, t.product_categorie))
),

laatste_besluit AS (
    SELECT persoon_id, wet, product_categorie, max(besluit_datum) AS besluit_datum
    FROM besloten
    GROUP BY persoon_id, wet, product_categorie
),

einde_nadert AS (
    SELECT 'einde_nadert' AS reden, t.*, CAST(t.einddatum - p.dagen AS DATE) AS sinds
    FROM besloten AS t
    CROSS JOIN p
    WHERE t.ingangsdatum <= p.peildatum
      AND t.einddatum >= p.peildatum
      AND t.einddatum <= p.peildatum + p.dagen
      AND NOT EXISTS (
          SELECT 1
          FROM besloten AS v
          WHERE v.persoon_id = t.persoon_id
            AND v.wet = t.wet
            AND v.product_categorie = t.product_categorie
            AND v.toewijzing_nummer <> t.toewijzing_nummer
            AND v.ingangsdatum > t.ingangsdatum
            AND (v.einddatum IS NULL OR v.einddatum > t.einddatum)
      )
),

open_einde AS (
    SELECT 'open_einde' AS reden, t.*,
           CAST(l.besluit_datum + to_years(p.open_jaren) AS DATE) AS sinds
    FROM besloten AS t
    CROSS JOIN p
    INNER JOIN laatste_besluit AS l
        ON l.persoon_id = t.persoon_id
       AND l.wet = t.wet
       AND l.product_categorie = t.product_categorie
    WHERE t.einddatum IS NULL
      AND t.ingangsdatum <= p.peildatum
      AND CAST(l.besluit_datum + to_years(p.open_jaren) AS DATE) <= p.peildatum
),

signaal AS (
    SELECT * FROM einde_nadert
    UNION ALL BY NAME
    SELECT * FROM open_einde
),

kosten_12m AS (
    SELECT d.toewijzing_nummer, sum(d.bedrag_cent) AS kosten_cent
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.status <> 'afgewezen'
      AND d.begindatum > p.peildatum - 365
      AND d.begindatum <= p.peildatum
      AND d.toewijzing_nummer IS NOT NULL
    GROUP BY d.toewijzing_nummer
)

SELECT
    s.reden,
    s.persoon_id,
    a.huishouden_id,
    a.wijk_code,
    s.agb_code,
    CAST(coalesce(k.kosten_cent, 0) AS BIGINT) AS bedrag_op_spel_cent,
    s.sinds,
    s.toewijzing_nummer,
    s.wet,
    s.product_categorie,
    s.product_code,
    s.ingangsdatum,
    s.einddatum,
    s.besluit_datum AS beslisdatum,
    CASE WHEN s.reden = 'open_einde' THEN p.open_jaren END AS drempel_jaren
FROM signaal AS s
CROSS JOIN p
INNER JOIN persoon_actief AS a ON a.persoon_id = s.persoon_id
LEFT JOIN kosten_12m AS k ON k.toewijzing_nummer = s.toewijzing_nummer
