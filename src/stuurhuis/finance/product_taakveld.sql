-- SPDX-License-Identifier: EUPL-1.2
-- Taakveld and tariff per (wet, product_categorie, product_code, jaar). Products missing
-- in a year fall back to their categorie in that year, then to the categorie in any year.
CREATE OR REPLACE TEMP VIEW fin_product AS
WITH per_product AS (
    SELECT wet, product_categorie, product_code, jaar, taakveld, tarief_cent
    FROM product
),

per_categorie_jaar AS (
    SELECT wet, product_categorie, jaar,
           min(taakveld) AS taakveld,
           avg(tarief_cent) AS tarief_cent
    FROM product
    GROUP BY wet, product_categorie, jaar
),

per_categorie AS (
    SELECT wet, product_categorie,
           min(taakveld) AS taakveld
    FROM product
    GROUP BY wet, product_categorie
)

SELECT 'product' AS niveau, wet, product_categorie, product_code, jaar, taakveld, tarief_cent
FROM per_product
UNION ALL
SELECT 'categorie_jaar', wet, product_categorie, NULL, jaar, taakveld, tarief_cent
FROM per_categorie_jaar
UNION ALL
SELECT 'categorie', wet, product_categorie, NULL, NULL, taakveld, NULL
FROM per_categorie;
