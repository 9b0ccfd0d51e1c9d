-- SPDX-License-Identifier: EUPL-1.2
-- Staging of the postcode → wijk table. A postcode is stored as 1234AB (space removed,
-- upper case); one that is not four digits and two letters is quarantined.
SELECT
    upper(replace(postcode, ' ', '')) AS postcode,
    wijk_code,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN NOT regexp_full_match(upper(replace(postcode, ' ', '')), '[1-9][0-9]{3}[A-Z]{2}')
            THEN 'postcode is niet 1234AB: ' || postcode
    END AS reden,
    risico_cent
FROM getypeerd
