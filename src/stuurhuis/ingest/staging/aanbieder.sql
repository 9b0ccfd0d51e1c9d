-- SPDX-License-Identifier: EUPL-1.2
-- Staging of aanbieder rows. AGB codes are 8 digits; leading zeros are kept.
SELECT
    agb_code,
    naam,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN NOT regexp_full_match(agb_code, '\d{8}') THEN 'AGB-code is geen 8 cijfers: ' || agb_code
    END AS reden,
    risico_cent
FROM getypeerd
