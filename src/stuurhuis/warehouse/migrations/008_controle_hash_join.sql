-- SPDX-License-Identifier: EUPL-1.2
-- declaratie_controle without an OR in the toewijzing join: DuckDB planned the OR as a
-- blockwise nested-loop join (35 s on the demo municipality); as one range condition on
-- coalesce(einddatum) the equality keys give a hash join. Same flags, same rows.

-- One row per claim line with its flags:
--   is_onbekend_product   product_code not in the catalogue for that wet (any year);
--   is_zonder_toewijzing  no toewijzing with that number for this client and provider
--                         whose period overlaps the service period;
--   is_boven_volume       a debet line in a toewijzing x month over the allocated volume.
CREATE OR REPLACE VIEW declaratie_controle AS
WITH bekende_producten AS (
    SELECT DISTINCT wet, product_code FROM product
),
gekoppeld AS (
    SELECT
        d.referentie_nummer,
        t.toewijzing_nummer IS NOT NULL AS heeft_toewijzing
    FROM declaratie AS d
    LEFT JOIN toewijzing AS t
        ON t.toewijzing_nummer = d.toewijzing_nummer
        AND t.persoon_id = d.persoon_id
        AND t.agb_code = d.agb_code
        AND t.ingangsdatum <= d.einddatum
        AND coalesce(t.einddatum, DATE '9999-12-31') >= d.begindatum
),
vlaggen AS (
    SELECT
        d.referentie_nummer,
        d.ingest_id,
        d.wet,
        d.agb_code,
        d.toewijzing_nummer,
        d.product_code,
        d.begindatum,
        d.dagtekening,
        d.bedrag_cent,
        d.product_code IS NOT NULL AND b.product_code IS NULL AS is_onbekend_product,
        NOT g.heeft_toewijzing AS is_zonder_toewijzing,
        d.debet_credit = 'D' AND coalesce(c.is_boven_volume, false) AS is_boven_volume
    FROM declaratie AS d
    JOIN gekoppeld AS g ON g.referentie_nummer = d.referentie_nummer
    LEFT JOIN bekende_producten AS b
        ON b.wet = d.wet AND b.product_code = d.product_code
    LEFT JOIN toewijzing_controle AS c
        ON c.toewijzing_nummer = d.toewijzing_nummer
        AND c.maand = CAST(date_trunc('month', d.begindatum) AS DATE)
)
SELECT
    *,
    is_onbekend_product OR is_zonder_toewijzing OR is_boven_volume AS is_gemarkeerd
FROM vlaggen;
