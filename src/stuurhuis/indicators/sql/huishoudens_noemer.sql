-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: households per period, per wijk (wijk = code) and for the gemeente (wijk IS
-- NULL), from the period's year or the latest earlier year loaded.
huishoudens_niveau AS (
    SELECT jaar, gebied_code AS wijk, aantal_huishoudens AS huishoudens
    FROM huishoudens
    WHERE gebied_code LIKE 'WK%'
    UNION ALL
    SELECT jaar, NULL AS wijk, coalesce(
        sum(aantal_huishoudens) FILTER (WHERE gebied_code LIKE 'GM%'),
        sum(aantal_huishoudens) FILTER (WHERE gebied_code LIKE 'WK%')
    ) AS huishoudens
    FROM huishoudens
    GROUP BY jaar
),

huishoudens_jaar AS (
    SELECT p.periode, coalesce(
        max(h.jaar) FILTER (WHERE h.jaar <= year(p.periode_begin)), min(h.jaar)
    ) AS jaar
    FROM periodes AS p
    CROSS JOIN (SELECT DISTINCT jaar FROM huishoudens_niveau) AS h
    GROUP BY p.periode
),

noemer_bron AS (
    SELECT j.periode, n.wijk, n.huishoudens AS noemer
    FROM huishoudens_jaar AS j
    INNER JOIN huishoudens_niveau AS n ON n.jaar = j.jaar
)
