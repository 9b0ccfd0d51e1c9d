-- SPDX-License-Identifier: EUPL-1.2
-- Spending per service month (dienstmaand) and booking month (boekmaand) at the finest
-- grain, as known on the peildatum. Parameters: $peildatum, $van, $tot (first days of
-- the first and last service month). Three sources:
--   ZIN claims: declaratie lines booked (dagtekening) up to the peildatum, credits netted
--               (they are stored negative), rejected lines left out; the service month is
--               the month of begindatum;
--   PGB:        the allocated budget, booked in the month it covers (prorated by day);
--   Participatiewet: uitkering.bedrag_per_maand for every month the provision runs.
WITH claims AS (
    SELECT d.wet,
           d.product_categorie AS categorie,
           'ZIN' AS leveringsvorm,
           coalesce(p.taakveld, pc.taakveld, pa.taakveld, 'onbekend') AS taakveld,
           CAST(date_trunc('month', d.begindatum) AS DATE) AS dienstmaand,
           CAST(date_trunc('month', d.dagtekening) AS DATE) AS boekmaand,
           d.bedrag_cent
    FROM declaratie AS d
    LEFT JOIN fin_product AS p
        ON p.niveau = 'product' AND p.wet = d.wet AND p.product_code = d.product_code
       AND p.jaar = year(d.begindatum)
    LEFT JOIN fin_product AS pc
        ON pc.niveau = 'categorie_jaar' AND pc.wet = d.wet
       AND pc.product_categorie = d.product_categorie AND pc.jaar = year(d.begindatum)
    LEFT JOIN fin_product AS pa
        ON pa.niveau = 'categorie' AND pa.wet = d.wet
       AND pa.product_categorie = d.product_categorie
    WHERE d.status <> 'afgewezen'
      AND d.dagtekening <= $peildatum
      AND d.begindatum >= $van
      AND d.begindatum < $tot + INTERVAL 1 MONTH
),

pgb AS (
    SELECT v.wet, v.categorie, 'PGB' AS leveringsvorm, v.taakveld,
           v.maand AS dienstmaand, v.maand AS boekmaand,
           v.verplichting_cent AS bedrag_cent
    FROM fin_verplichting AS v
    WHERE v.leveringsvorm = 'PGB'
      AND v.maand <= $peildatum
),

participatie AS (
    SELECT v.wet, v.categorie, v.leveringsvorm, v.taakveld,
           v.maand AS dienstmaand, v.maand AS boekmaand,
           v.verplichting_cent AS bedrag_cent
    FROM fin_verplichting AS v
    WHERE v.wet = 'participatie'
      AND v.maand <= $peildatum
),

alles AS (
    SELECT * FROM claims
    UNION ALL
    SELECT * FROM pgb
    UNION ALL
    SELECT * FROM participatie
)

SELECT taakveld, wet, categorie, leveringsvorm, dienstmaand, boekmaand,
       CAST(round(sum(bedrag_cent)) AS BIGINT) AS bedrag_cent
FROM alles
WHERE dienstmaand BETWEEN $van AND $tot
GROUP BY taakveld, wet, categorie, leveringsvorm, dienstmaand, boekmaand
ORDER BY taakveld, wet, categorie, leveringsvorm, dienstmaand, boekmaand
