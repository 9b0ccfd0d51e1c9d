-- SPDX-License-Identifier: EUPL-1.2
-- Staging of budget lines per jaar x taakveld x begrotingspost.
SELECT
    TRY_CAST(jaar AS INTEGER) AS jaar,
    taakveld,
    begrotingspost,
    lower(wet) AS wet,
    primitief AS primitief_cent,
    gewijzigd AS gewijzigd_cent,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN jaar NOT BETWEEN 1900 AND 2100 THEN 'onmogelijk jaar: ' || jaar
    END AS reden,
    risico_cent
FROM getypeerd
