-- SPDX-License-Identifier: EUPL-1.2
-- Quarantined rows per file and reason, with the amount at stake.
SELECT
    bestand,
    reden,
    count(*) AS aantal_rijen,
    sum(bedrag_cent) AS bedrag_cent
FROM quarantaine
GROUP BY bestand, reden
ORDER BY aantal_rijen DESC, bestand, reden;
