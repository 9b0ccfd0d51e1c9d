-- SPDX-License-Identifier: EUPL-1.2
-- Staging of toewijzingen (allocations). An empty product_code is an aspecifieke
-- toewijzing. The budget is euro in the file, cents in the table.
SELECT
    toewijzing_nummer,
    persoon_id,
    agb_code,
    lower(wet) AS wet,
    product_categorie,
    product_code,
    upper(leveringsvorm) AS leveringsvorm,
    verwijzer,
    ingangsdatum,
    einddatum,
    volume,
    eenheid,
    frequentie,
    budget AS budget_cent,
    aanvraagdatum,
    beslisdatum,
    reden_wijziging,
    reden_beeindiging,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(wet) NOT IN ('wmo', 'jeugd') THEN 'onbekende wet: ' || wet
        WHEN upper(leveringsvorm) NOT IN ('ZIN', 'PGB')
            THEN 'onbekende leveringsvorm: ' || leveringsvorm
        WHEN einddatum < ingangsdatum THEN 'einddatum ligt voor ingangsdatum'
        WHEN volume < 0 THEN 'volume is negatief'
        WHEN budget < 0 THEN 'budget is negatief'
        WHEN beslisdatum < aanvraagdatum THEN 'beslisdatum ligt voor aanvraagdatum'
    END AS reden,
    risico_cent
FROM getypeerd
