-- SPDX-License-Identifier: EUPL-1.2
-- Staging of claim lines. ingediend_bedrag is a positive euro amount in the file; a
-- credit line (debet_credit C) is stored negative, so sums are net amounts.
SELECT
    referentie_nummer,
    vorig_referentie_nummer,
    declaratie_nummer,
    dagtekening,
    toewijzing_nummer,
    persoon_id,
    agb_code,
    lower(wet) AS wet,
    product_categorie,
    product_code,
    begindatum,
    einddatum,
    geleverd_volume,
    eenheid,
    product_tarief AS product_tarief_cent,
    CASE WHEN upper(debet_credit) = 'C' THEN -ingediend_bedrag ELSE ingediend_bedrag END
        AS bedrag_cent,
    upper(debet_credit) AS debet_credit,
    coalesce(lower(status), 'ingediend') AS status,
    regel,
    CASE
        WHEN fout IS NOT NULL THEN fout
        WHEN lower(wet) NOT IN ('wmo', 'jeugd') THEN 'onbekende wet: ' || wet
        WHEN upper(debet_credit) NOT IN ('D', 'C') THEN 'debet_credit is geen D of C: ' || debet_credit
        WHEN coalesce(lower(status), 'ingediend') NOT IN ('ingediend', 'goedgekeurd', 'afgewezen')
            THEN 'onbekende status: ' || status
        WHEN einddatum < begindatum THEN 'einddatum ligt voor begindatum'
        WHEN ingediend_bedrag < 0 THEN 'ingediend_bedrag is negatief (een credit heeft debet_credit C)'
        WHEN geleverd_volume < 0 THEN 'geleverd_volume is negatief'
        WHEN product_tarief < 0 THEN 'product_tarief is negatief'
    END AS reden,
    CASE WHEN upper(debet_credit) = 'C' THEN -risico_cent ELSE risico_cent END AS risico_cent
FROM getypeerd
