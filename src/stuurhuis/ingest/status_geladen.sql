-- SPDX-License-Identifier: EUPL-1.2
-- Rows per source kind with the month range they cover (by the date that places a row in
-- time: ingangsdatum, begindatum of the service, or the year).
WITH per_soort AS (
    SELECT 'toewijzing' AS soort, count(*) AS aantal_rijen,
        min(ingangsdatum) AS van, max(coalesce(einddatum, ingangsdatum)) AS tot
    FROM toewijzing
    UNION ALL
    SELECT 'declaratie', count(*), min(begindatum), max(einddatum) FROM declaratie
    UNION ALL
    SELECT 'uitkering', count(*), min(begindatum), max(coalesce(einddatum, begindatum))
    FROM uitkering
    UNION ALL
    SELECT 'persoon', count(*), NULL, NULL FROM persoon
    UNION ALL
    SELECT 'aanbieder', count(*), NULL, NULL FROM aanbieder
    UNION ALL
    SELECT 'product', count(*), make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 31)
    FROM product
    UNION ALL
    SELECT 'begroting', count(*), make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 31)
    FROM begroting
    UNION ALL
    SELECT 'gebied', count(*), make_date(min(jaar_van), 1, 1), make_date(max(jaar_tot), 12, 31)
    FROM gebied
    UNION ALL
    SELECT 'bevolking', count(*), make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 31)
    FROM bevolking
    UNION ALL
    SELECT 'huishoudens', count(*), make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 31)
    FROM huishoudens
    UNION ALL
    SELECT 'cbs_kerncijfer', count(*), make_date(min(jaar), 1, 1), make_date(max(jaar), 12, 31)
    FROM cbs_kerncijfer
)
SELECT
    soort,
    aantal_rijen,
    strftime(van, '%Y-%m') AS maand_van,
    strftime(tot, '%Y-%m') AS maand_tot
FROM per_soort
ORDER BY soort
