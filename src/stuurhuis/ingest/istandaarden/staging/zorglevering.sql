-- SPDX-License-Identifier: EUPL-1.2
-- Staging of start (305) and stop (307) of delivery; a 307 replaces its 305's row.
SELECT
    toewijzing_nummer,
    begindatum,
    einddatum,
    persoon_id,
    agb_code,
    lower(wet) AS wet,
    product_categorie,
    product_code,
    toewijzing_ingangsdatum,
    reden_beeindiging,
    status_aanlevering,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(wet) NOT IN ('wmo', 'jeugd') THEN 'onbekende wet: ' || wet
        WHEN einddatum < begindatum THEN 'einddatum ligt voor begindatum'
    END AS reden,
    risico_cent
FROM getypeerd
