-- SPDX-License-Identifier: EUPL-1.2
-- Staging of requests: 315 verzoek om toewijzing and 317 verzoek om wijziging.
SELECT
    agb_code,
    referentie_aanbieder,
    regelnummer,
    soort,
    wijziging,
    persoon_id,
    lower(wet) AS wet,
    aanvraagdatum,
    toewijzing_nummer,
    product_categorie,
    product_code,
    ingangsdatum,
    einddatum,
    volume,
    eenheid,
    frequentie,
    budget AS budget_cent,
    verwijzer,
    reden_verzoek,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(wet) NOT IN ('wmo', 'jeugd') THEN 'onbekende wet: ' || wet
        WHEN soort NOT IN ('toewijzing', 'wijziging') THEN 'onbekende soort verzoek: ' || soort
    END AS reden,
    risico_cent
FROM getypeerd
