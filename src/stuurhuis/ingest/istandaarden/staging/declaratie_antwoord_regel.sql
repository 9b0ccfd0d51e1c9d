-- SPDX-License-Identifier: EUPL-1.2
-- Staging of 325 per listed line (the rejected ones, with their retourcodes).
SELECT
    agb_code,
    declaratie_nummer,
    referentie_nummer,
    status,
    retourcodes,
    antwoorddatum,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN status NOT IN ('goedgekeurd', 'afgewezen') THEN 'onbekende status: ' || status
    END AS reden,
    risico_cent
FROM getypeerd
