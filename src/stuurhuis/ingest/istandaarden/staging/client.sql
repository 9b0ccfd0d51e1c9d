-- SPDX-License-Identifier: EUPL-1.2
-- Staging of client facts stated in messages: birth date and sex (COD046 already mapped),
-- and the wijk the reader looked up from the client's postcode (the postcode is dropped).
SELECT
    persoon_id,
    geboortedatum,
    lower(geslacht) AS geslacht,
    wijk_code,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(geslacht) NOT IN ('man', 'vrouw', 'onbekend')
            THEN 'onbekend geslacht: ' || geslacht
    END AS reden,
    risico_cent
FROM getypeerd
