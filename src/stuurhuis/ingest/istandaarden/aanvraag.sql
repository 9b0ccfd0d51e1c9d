-- SPDX-License-Identifier: EUPL-1.2
-- Date and verwijzer of the 315 a provider sent under a reference (for the 301 answering it).
SELECT
    strftime(aanvraagdatum, '%Y-%m-%d') AS aanvraagdatum,
    verwijzer
FROM verzoek
WHERE agb_code = ? AND referentie_aanbieder = ? AND soort = 'toewijzing'
ORDER BY regelnummer
LIMIT 1
