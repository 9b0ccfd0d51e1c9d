-- SPDX-License-Identifier: EUPL-1.2
-- The status of each answered claim line: the answer that names the line, unless a later
-- answer to its whole declaratie came after it; lines of unanswered claims keep theirs.
UPDATE declaratie AS d
SET status = antwoord.status
FROM (
    WITH per_declaratie AS (
        SELECT
            d2.referentie_nummer,
            a.status,
            a.antwoorddatum,
            0 AS is_regel
        FROM declaratie AS d2
        JOIN declaratie_antwoord AS a
          ON a.agb_code = d2.agb_code
         AND a.declaratie_nummer = d2.declaratie_nummer
    ),
    per_regel AS (
        SELECT
            d2.referentie_nummer,
            r.status,
            r.antwoorddatum,
            1 AS is_regel
        FROM declaratie AS d2
        JOIN declaratie_antwoord_regel AS r
          ON r.agb_code = d2.agb_code
         AND r.declaratie_nummer = d2.declaratie_nummer
         AND r.referentie_nummer = d2.referentie_nummer
    ),
    kandidaat AS (
        SELECT * FROM per_declaratie
        UNION ALL
        SELECT * FROM per_regel
    ),
    laatste AS (
        SELECT
            referentie_nummer,
            status,
            row_number() OVER (
                PARTITION BY referentie_nummer
                ORDER BY antwoorddatum DESC, is_regel DESC
            ) AS volgnummer
        FROM kandidaat
    )
    SELECT referentie_nummer, status FROM laatste WHERE volgnummer = 1
) AS antwoord
WHERE d.referentie_nummer = antwoord.referentie_nummer
  AND d.status IS DISTINCT FROM antwoord.status
