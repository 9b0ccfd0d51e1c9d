-- SPDX-License-Identifier: EUPL-1.2
-- Staging of the message log: one row per loaded message (idempotency key).
SELECT
    afzender,
    bericht_identificatie,
    ontvanger,
    lower(standaard) AS standaard,
    berichttype,
    dagtekening,
    aantal_regels,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(standaard) NOT IN ('iwmo', 'ijw') THEN 'onbekende standaard: ' || standaard
        WHEN aantal_regels < 0 THEN 'aantal_regels is negatief'
    END AS reden,
    risico_cent
FROM getypeerd
