-- SPDX-License-Identifier: EUPL-1.2
-- stapeling: households with several concurrent arrangements, or provisions from two or
-- three laws at once (Wmo, Jeugdwet, Participatiewet), with their combined yearly cost.
-- An arrangement is a decided toewijzing or a Participatiewet provision active on the
-- peildatum; its yearly cost is what was declared for service in the 365 days up to the
-- peildatum (toewijzing) or 12 x the monthly amount (uitkering).
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($min_voorzieningen AS INTEGER) AS min_voorzieningen,
        CAST($min_wetten AS INTEGER) AS min_wetten
),

persoon_actief AS (
    SELECT pe.persoon_id, coalesce(pe.huishouden_id, pe.persoon_id) AS sleutel,
           pe.huishouden_id, pe.wijk_code
    FROM persoon AS pe
    CROSS JOIN p
    WHERE (pe.overlijdensdatum IS NULL OR pe.overlijdensdatum > p.peildatum)
      AND (pe.vertrekdatum IS NULL OR pe.vertrekdatum > p.peildatum)
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
),

toewijzing_actief AS (
    SELECT t.persoon_id, t.wet, t.toewijzing_nummer AS voorziening_id,
           t.product_categorie AS omschrijving, t.ingangsdatum AS startdatum,
           coalesce(k.kosten_cent, 0) AS kosten_jaar_cent
    FROM toewijzing AS t
    CROSS JOIN p
    LEFT JOIN kosten_12m AS k ON k.toewijzing_nummer = t.toewijzing_nummer
    WHERE t.ingangsdatum <= p.peildatum
      AND (t.einddatum IS NULL OR t.einddatum >= p.peildatum)
      AND NOT (t.aanvraagdatum IS NOT NULL
               AND (t.beslisdatum IS NULL OR t.beslisdatum > p.peildatum))
),

uitkering_actief AS (
    SELECT u.persoon_id, 'participatie' AS wet, u.uitkering_id AS voorziening_id,
           u.regeling AS omschrijving, u.begindatum AS startdatum,
           12 * u.bedrag_per_maand_cent AS kosten_jaar_cent
    FROM uitkering AS u
    CROSS JOIN p
    WHERE u.begindatum <= p.peildatum
      AND (u.einddatum IS NULL OR u.einddatum >= p.peildatum)
),

voorziening AS (
    SELECT a.sleutel, a.huishouden_id, a.wijk_code, v.*
    FROM (SELECT * FROM toewijzing_actief UNION ALL SELECT * FROM uitkering_actief) AS v
    INNER JOIN persoon_actief AS a ON a.persoon_id = v.persoon_id
),

-- the date the n-th concurrent arrangement started: since then the threshold is met
voorziening_rang AS (
    SELECT sleutel, startdatum,
           row_number() OVER (PARTITION BY sleutel ORDER BY startdatum, voorziening_id) AS rang
    FROM voorziening
),

wet_start AS (
    SELECT sleutel, wet, min(startdatum) AS startdatum
    FROM voorziening
    GROUP BY sleutel, wet
),

wet_rang AS (
    SELECT sleutel, startdatum,
           row_number() OVER (PARTITION BY sleutel ORDER BY startdatum, wet) AS rang
    FROM wet_start
),

per_huishouden AS (
    SELECT
        sleutel,
        max(huishouden_id) AS huishouden_id,
        min(wijk_code) AS wijk_code,
        count(*) AS aantal_voorzieningen,
        count(DISTINCT wet) AS aantal_wetten,
        count(DISTINCT persoon_id) AS aantal_personen,
        array_to_string(list_sort(list_distinct(list(wet))), ', ') AS wetten,
        array_to_string(list_sort(list_distinct(list(persoon_id))), ', ') AS personen,
        sum(kosten_jaar_cent) AS kosten_per_jaar_cent
    FROM voorziening
    GROUP BY sleutel
)

SELECT
    CASE WHEN h.aantal_wetten >= p.min_wetten THEN 'meerdere_wetten'
         ELSE 'meerdere_voorzieningen' END AS reden,
    CASE WHEN h.huishouden_id IS NULL THEN h.sleutel END AS persoon_id,
    h.huishouden_id,
    h.wijk_code,
    CAST(NULL AS VARCHAR) AS agb_code,
    CAST(h.kosten_per_jaar_cent AS BIGINT) AS bedrag_op_spel_cent,
    CASE WHEN h.aantal_wetten >= p.min_wetten THEN w.startdatum
         ELSE v.startdatum END AS sinds,
    h.aantal_voorzieningen,
    h.aantal_wetten,
    h.wetten,
    h.aantal_personen,
    h.personen,
    CAST(h.kosten_per_jaar_cent AS BIGINT) AS kosten_per_jaar_cent
FROM per_huishouden AS h
CROSS JOIN p
LEFT JOIN voorziening_rang AS v ON v.sleutel = h.sleutel AND v.rang = p.min_voorzieningen
LEFT JOIN wet_rang AS w ON w.sleutel = h.sleutel AND w.rang = p.min_wetten
WHERE h.aantal_voorzieningen >= p.min_voorzieningen
   OR h.aantal_wetten >= p.min_wetten
