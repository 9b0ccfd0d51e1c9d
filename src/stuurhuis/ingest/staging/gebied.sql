-- SPDX-License-Identifier: EUPL-1.2
-- Staging of gebied rows: input getypeerd (see getypeerd.py), output the table's columns
-- plus regel, reden (NULL = load) and risico_cent.
SELECT
    upper(gebied_code) AS gebied_code,
    lower(soort) AS soort,
    naam,
    upper(ouder_code) AS ouder_code,
    TRY_CAST(jaar_van AS INTEGER) AS jaar_van,
    TRY_CAST(jaar_tot AS INTEGER) AS jaar_tot,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(soort) NOT IN ('gemeente', 'wijk', 'buurt')
            THEN 'onbekende soort gebied: ' || soort
        WHEN jaar_van NOT BETWEEN 1900 AND 2100 OR jaar_tot NOT BETWEEN 1900 AND 2100
            THEN 'onmogelijk jaar'
        WHEN jaar_tot < jaar_van THEN 'jaar_tot ligt voor jaar_van'
    END AS reden,
    risico_cent
FROM getypeerd
