-- SPDX-License-Identifier: EUPL-1.2
-- Staging of bevolking rows (bevolking.csv and the CBS route).
SELECT
    TRY_CAST(jaar AS INTEGER) AS jaar,
    upper(gebied_code) AS gebied_code,
    TRY_CAST(leeftijd_van AS INTEGER) AS leeftijd_van,
    TRY_CAST(leeftijd_tot AS INTEGER) AS leeftijd_tot,
    lower(geslacht) AS geslacht,
    TRY_CAST(aantal_inwoners AS INTEGER) AS aantal_inwoners,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN jaar NOT BETWEEN 1900 AND 2100 THEN 'onmogelijk jaar: ' || jaar
        WHEN lower(geslacht) NOT IN ('man', 'vrouw', 'totaal')
            THEN 'onbekend geslacht: ' || geslacht
        WHEN leeftijd_van < 0 OR leeftijd_tot > 999 OR leeftijd_tot < leeftijd_van
            THEN 'onmogelijke leeftijdsklasse'
        WHEN aantal_inwoners NOT BETWEEN 0 AND 2000000000 THEN 'onmogelijk aantal inwoners'
    END AS reden,
    risico_cent
FROM getypeerd
