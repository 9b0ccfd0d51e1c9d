-- SPDX-License-Identifier: EUPL-1.2
-- Staging of huishoudens rows (huishoudens.csv and the CBS route).
SELECT
    TRY_CAST(jaar AS INTEGER) AS jaar,
    upper(gebied_code) AS gebied_code,
    TRY_CAST(aantal_huishoudens AS INTEGER) AS aantal_huishoudens,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN jaar NOT BETWEEN 1900 AND 2100 THEN 'onmogelijk jaar: ' || jaar
        WHEN aantal_huishoudens NOT BETWEEN 0 AND 2000000000
            THEN 'onmogelijk aantal huishoudens'
    END AS reden,
    risico_cent
FROM getypeerd
