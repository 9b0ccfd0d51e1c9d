-- SPDX-License-Identifier: EUPL-1.2
-- Staging of Participatiewet provisions (amount per month in cents).
SELECT
    uitkering_id,
    persoon_id,
    lower(regeling) AS regeling,
    begindatum,
    einddatum,
    bedrag_per_maand AS bedrag_per_maand_cent,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN einddatum < begindatum THEN 'einddatum ligt voor begindatum'
    END AS reden,
    risico_cent
FROM getypeerd
