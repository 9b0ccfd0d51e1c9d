-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: inhabitants aged [$leeftijd_van, $leeftijd_tot] per period, per wijk
-- (wijk = code) and for the gemeente (wijk IS NULL). The population of the period's year is
-- used (CBS: 1 January), or the latest earlier year when that year is not loaded yet.
bevolking_band AS (
    -- one figure per year x gebied x band: 'totaal' rows when present, else man + vrouw
    SELECT
        jaar,
        gebied_code,
        leeftijd_van,
        leeftijd_tot,
        coalesce(
            sum(aantal_inwoners) FILTER (WHERE geslacht = 'totaal'), sum(aantal_inwoners)
        ) AS inwoners
    FROM bevolking
    GROUP BY jaar, gebied_code, leeftijd_van, leeftijd_tot
),

bevolking_exact AS (
    -- a band that is exactly the requested range
    SELECT jaar, gebied_code, inwoners
    FROM bevolking_band
    WHERE leeftijd_van = $leeftijd_van AND leeftijd_tot = $leeftijd_tot
),

bevolking_fijn AS (
    -- single-year bands (plus an open top band) that together cover the range exactly
    SELECT jaar, gebied_code, sum(inwoners) AS inwoners
    FROM bevolking_band
    WHERE leeftijd_van >= $leeftijd_van
        AND leeftijd_tot <= $leeftijd_tot
        AND (leeftijd_van = leeftijd_tot OR leeftijd_tot = 999)
    GROUP BY jaar, gebied_code
    HAVING sum(leeftijd_tot - leeftijd_van + 1) = $leeftijd_tot - $leeftijd_van + 1
),

bevolking_gebied AS (
    SELECT coalesce(e.jaar, f.jaar) AS jaar,
           coalesce(e.gebied_code, f.gebied_code) AS gebied_code,
           coalesce(e.inwoners, f.inwoners) AS inwoners
    FROM bevolking_exact AS e
    FULL OUTER JOIN bevolking_fijn AS f ON e.jaar = f.jaar AND e.gebied_code = f.gebied_code
),

bevolking_niveau AS (
    -- wijk rows, and gemeente rows (the GM row, else the sum of the wijken)
    SELECT jaar, gebied_code AS wijk, inwoners
    FROM bevolking_gebied
    WHERE gebied_code LIKE 'WK%'
    UNION ALL
    SELECT jaar, NULL AS wijk, coalesce(
        sum(inwoners) FILTER (WHERE gebied_code LIKE 'GM%'),
        sum(inwoners) FILTER (WHERE gebied_code LIKE 'WK%')
    ) AS inwoners
    FROM bevolking_gebied
    GROUP BY jaar
),

bevolking_jaar AS (
    -- per period the population year to use
    SELECT p.periode, coalesce(
        max(b.jaar) FILTER (WHERE b.jaar <= year(p.periode_begin)), min(b.jaar)
    ) AS jaar
    FROM periodes AS p
    CROSS JOIN (SELECT DISTINCT jaar FROM bevolking_niveau) AS b
    GROUP BY p.periode
),

noemer_bron AS (
    SELECT j.periode, n.wijk, n.inwoners AS noemer
    FROM bevolking_jaar AS j
    INNER JOIN bevolking_niveau AS n ON n.jaar = j.jaar
)
