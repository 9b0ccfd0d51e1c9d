-- SPDX-License-Identifier: EUPL-1.2
-- achttien_min: youths with active jeugdhulp on the peildatum who turn 18 within
-- $maanden months (after the peildatum, up to and including peildatum + $maanden months).
-- Money at stake: the jeugdhulp declared for them in the last 365 days, the care that ends
-- or moves to the Wmo (or Wlz) at 18 unless a plan is made.
WITH p AS (
    SELECT CAST($peildatum AS DATE) AS peildatum, CAST($maanden AS INTEGER) AS maanden
),

jongere AS (
    SELECT pe.persoon_id, pe.huishouden_id, pe.wijk_code,
           CAST(pe.geboortedatum + to_years(18) AS DATE) AS wordt_18_op
    FROM persoon AS pe
    CROSS JOIN p
    WHERE (pe.overlijdensdatum IS NULL OR pe.overlijdensdatum > p.peildatum)
      AND (pe.vertrekdatum IS NULL OR pe.vertrekdatum > p.peildatum)
      AND CAST(pe.geboortedatum + to_years(18) AS DATE) > p.peildatum
      AND CAST(pe.geboortedatum + to_years(18) AS DATE)
          <= CAST(p.peildatum + to_months(p.maanden) AS DATE)
),

jeugdhulp AS (
    SELECT t.persoon_id,
           count(*) AS aantal_toewijzingen,
           array_to_string(list_sort(list(t.toewijzing_nummer)), ', ') AS toewijzingen,
           array_to_string(list_sort(list_distinct(list(t.product_categorie))), ', ')
               AS product_categorieen,
           max(t.einddatum) AS laatste_einddatum,
           bool_or(t.einddatum IS NULL) AS is_open_einde
    FROM toewijzing AS t
    CROSS JOIN p
    WHERE t.wet = 'jeugd'
      AND t.ingangsdatum <= p.peildatum
      AND (t.einddatum IS NULL OR t.einddatum >= p.peildatum)
      AND NOT (t.aanvraagdatum IS NOT NULL
               AND (t.beslisdatum IS NULL OR t.beslisdatum > p.peildatum))
    GROUP BY t.persoon_id
),

kosten_12m AS (
    SELECT d.persoon_id, sum(d.bedrag_cent) AS kosten_cent
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.status <> 'afgewezen'
      AND d.wet = 'jeugd'
      AND d.begindatum > p.peildatum - 365
      AND d.begindatum <= p.peildatum
    GROUP BY d.persoon_id
)

SELECT
    CASE WHEN j.is_open_einde OR j.laatste_einddatum >= y.wordt_18_op
         THEN 'loopt_door_na_18' ELSE 'eindigt_voor_18' END AS reden,
    y.persoon_id,
    y.huishouden_id,
    y.wijk_code,
    CAST(NULL AS VARCHAR) AS agb_code,
    CAST(coalesce(k.kosten_cent, 0) AS BIGINT) AS bedrag_op_spel_cent,
    CAST(y.wordt_18_op - to_months(p.maanden) AS DATE) AS sinds,
    y.wordt_18_op,
    j.aantal_toewijzingen,
    j.toewijzingen,
    j.product_categorieen,
    CAST(coalesce(k.kosten_cent, 0) AS BIGINT) AS kosten_12m_cent
FROM jongere AS y
CROSS JOIN p
INNER JOIN jeugdhulp AS j ON j.persoon_id = y.persoon_id
LEFT JOIN kosten_12m AS k ON k.persoon_id = y.persoon_id
