-- SPDX-License-Identifier: EUPL-1.2
-- The status of each claim line from the latest 325 that answers it. A row with
-- referentie_nummer NULL answers every line of the declaratie it does not list.
UPDATE declaratie AS d
SET status = antwoord.status
FROM (
    WITH per_regel AS (
        SELECT agb_code, declaratie_nummer, referentie_nummer, status, antwoorddatum, ingest_id
        FROM declaratie_antwoord
        WHERE referentie_nummer IS NOT NULL
    ),
    per_declaratie AS (
        SELECT agb_code, declaratie_nummer, status, antwoorddatum, ingest_id
        FROM declaratie_antwoord
        WHERE referentie_nummer IS NULL
    ),
    kandidaat AS (
        SELECT d2.referentie_nummer, r.status, r.antwoorddatum, r.ingest_id, 1 AS is_regel
        FROM declaratie AS d2
        JOIN per_regel AS r
          ON r.agb_code = d2.agb_code
         AND r.declaratie_nummer = d2.declaratie_nummer
         AND r.referentie_nummer = d2.referentie_nummer
        UNION ALL
        SELECT d2.referentie_nummer, p.status, p.antwoorddatum, p.ingest_id, 0 AS is_regel
        FROM declaratie AS d2
        JOIN per_declaratie AS p
          ON p.agb_code = d2.agb_code
         AND p.declaratie_nummer = d2.declaratie_nummer
    ),
    laatste AS (
        SELECT referentie_nummer, status
        FROM kandidaat
        QUALIFY row_number() OVER (
            PARTITION BY referentie_nummer
            ORDER BY antwoorddatum DESC, ingest_id DESC, is_regel DESC
        ) = 1
    )
    SELECT referentie_nummer, status FROM laatste
) AS antwoord
WHERE d.referentie_nummer = antwoord.referentie_nummer
  AND d.status IS DISTINCT FROM antwoord.status
