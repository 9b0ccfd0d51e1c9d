-- SPDX-License-Identifier: EUPL-1.2
-- Staging of 319: the municipality's answer to a request.
SELECT
    agb_code,
    referentie_aanbieder,
    antwoorddatum,
    verzoek_antwoord,
    reden_afwijzing,
    regel,
    fout AS reden,
    risico_cent
FROM getypeerd
