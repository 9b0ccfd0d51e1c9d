-- SPDX-License-Identifier: EUPL-1.2
-- Staging of client facts stated in messages: birth date and sex (COD046 already mapped).
SELECT
    persoon_id,
    geboortedatum,
    lower(geslacht) AS geslacht,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(geslacht) NOT IN ('man', 'vrouw', 'onbekend')
            THEN 'onbekend geslacht: ' || geslacht
    END AS reden,
    risico_cent
FROM getypeerd
