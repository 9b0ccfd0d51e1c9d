-- SPDX-License-Identifier: EUPL-1.2
-- uitschieter: providers whose cost per client or duration for the same product is far
-- above their peers, over the 365 days up to the peildatum.
--   kosten_per_client: declared amount (service start in the window) / distinct clients;
--   duur:              mean days the provider's allocations of the product had run by the
--                      peildatum (or their end), over allocations active in the window.
-- Per product (wet, product_code) the peers are providers with at least $min_clienten
-- clients; a product needs at least $min_aanbieders of them. A provider is an outlier when
-- its value is at least $ratio x the peer median AND its robust z-score
-- 0.6745 * (x - median) / MAD is at least $z (or the MAD is 0). Money at stake: the
-- provider's declared amount for the product x (1 - median / x), what it would have cost
-- at the median.
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($min_clienten AS INTEGER) AS min_clienten,
        CAST($min_aanbieders AS INTEGER) AS min_aanbieders,
        CAST($ratio AS DOUBLE) AS ratio,
        CAST($z AS DOUBLE) AS z
),

kosten AS (
    SELECT
        d.wet,
        d.product_code,
        d.agb_code,
        count(DISTINCT d.persoon_id) AS aantal_clienten,
        sum(d.bedrag_cent) AS kosten_cent
    FROM declaratie AS d
    CROSS JOIN p
    WHERE d.status <> 'afgewezen'
      AND d.product_code IS NOT NULL
      AND d.begindatum > p.peildatum - 365
      AND d.begindatum <= p.peildatum
    GROUP BY d.wet, d.product_code, d.agb_code
),

duur AS (
    SELECT
        t.wet,
        t.product_code,
        t.agb_code,
        count(DISTINCT t.persoon_id) AS aantal_clienten,
        avg(date_diff('day', t.ingangsdatum, least(coalesce(t.einddatum, p.peildatum), p.peildatum)) + 1)
            AS duur_dagen
    FROM toewijzing AS t
    CROSS JOIN p
    WHERE t.product_code IS NOT NULL
      AND t.ingangsdatum <= p.peildatum
      AND (t.einddatum IS NULL OR t.einddatum > p.peildatum - 365)
    GROUP BY t.wet, t.product_code, t.agb_code
),

maat AS (
    SELECT 'kosten_per_client' AS reden, k.wet, k.product_code, k.agb_code, k.aantal_clienten,
           k.kosten_cent * 1.0 / k.aantal_clienten AS waarde, k.kosten_cent
    FROM kosten AS k
    CROSS JOIN p
    WHERE k.aantal_clienten >= p.min_clienten AND k.kosten_cent > 0
    UNION ALL
    SELECT 'duur' AS reden, u.wet, u.product_code, u.agb_code, u.aantal_clienten,
           u.duur_dagen AS waarde, coalesce(k.kosten_cent, 0) AS kosten_cent
    FROM duur AS u
    CROSS JOIN p
    LEFT JOIN kosten AS k
        ON k.wet = u.wet AND k.product_code = u.product_code AND k.agb_code = u.agb_code
    WHERE u.aantal_clienten >= p.min_clienten
),

mediaan AS (
    SELECT reden, wet, product_code, median(waarde) AS mediaan, count(*) AS aantal_aanbieders
    FROM maat
    GROUP BY reden, wet, product_code
),

spreiding AS (
    SELECT m.reden, m.wet, m.product_code, median(abs(m.waarde - d.mediaan)) AS mad
    FROM maat AS m
    INNER JOIN mediaan AS d USING (reden, wet, product_code)
    GROUP BY m.reden, m.wet, m.product_code
),

gescoord AS (
    SELECT
        m.*,
        d.mediaan,
        d.aantal_aanbieders,
        s.mad,
        m.waarde / nullif(d.mediaan, 0) AS verhouding,
        CASE WHEN s.mad > 0 THEN 0.6745 * (m.waarde - d.mediaan) / s.mad END AS robuuste_z
    FROM maat AS m
    INNER JOIN mediaan AS d USING (reden, wet, product_code)
    INNER JOIN spreiding AS s USING (reden, wet, product_code)
)

SELECT
    g.reden,
    CAST(NULL AS VARCHAR) AS persoon_id,
    CAST(NULL AS VARCHAR) AS huishouden_id,
    CAST(NULL AS VARCHAR) AS wijk_code,
    g.agb_code,
    CAST(round(g.kosten_cent * (1 - g.mediaan / g.waarde)) AS BIGINT) AS bedrag_op_spel_cent,
    CAST(p.peildatum - 364 AS DATE) AS sinds,
    g.wet,
    g.product_code,
    round(g.waarde, 1) AS waarde,
    round(g.mediaan, 1) AS mediaan,
    round(g.verhouding, 2) AS verhouding,
    round(g.robuuste_z, 2) AS robuuste_z,
    g.aantal_clienten,
    g.aantal_aanbieders,
    CAST(g.kosten_cent AS BIGINT) AS kosten_cent
FROM gescoord AS g
CROSS JOIN p
WHERE g.aantal_aanbieders >= p.min_aanbieders
  AND g.verhouding >= p.ratio
  AND (g.robuuste_z IS NULL OR g.robuuste_z >= p.z)
