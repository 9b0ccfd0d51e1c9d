-- SPDX-License-Identifier: EUPL-1.2
-- Staging of published CBS figures (only produced by the CBS reader).
SELECT
    TRY_CAST(jaar AS INTEGER) AS jaar,
    upper(gebied_code) AS gebied_code,
    kenmerk,
    TRY_CAST(waarde AS DOUBLE) AS waarde,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN jaar NOT BETWEEN 1900 AND 2100 THEN 'onmogelijk jaar: ' || jaar
        WHEN waarde IS NOT NULL AND TRY_CAST(waarde AS DOUBLE) IS NULL
            THEN 'waarde is geen getal: ' || waarde
    END AS reden,
    risico_cent
FROM getypeerd
