-- SPDX-License-Identifier: EUPL-1.2
-- Staging of the product catalogue (tariff per product per year).
SELECT
    lower(wet) AS wet,
    product_code,
    TRY_CAST(jaar AS INTEGER) AS jaar,
    product_categorie,
    naam,
    eenheid,
    tarief AS tarief_cent,
    taakveld,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(wet) NOT IN ('wmo', 'jeugd', 'participatie') THEN 'onbekende wet: ' || wet
        WHEN jaar NOT BETWEEN 1900 AND 2100 THEN 'onmogelijk jaar: ' || jaar
        WHEN tarief < 0 THEN 'tarief is negatief'
    END AS reden,
    risico_cent
FROM getypeerd
