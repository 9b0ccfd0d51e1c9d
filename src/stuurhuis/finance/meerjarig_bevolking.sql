-- SPDX-License-Identifier: EUPL-1.2
-- Inhabitants per year and age class (0-17, 18-64, 65-74, 75+) for the whole
-- municipality: the gemeente rows when the year has them, else the sum of the wijken
-- (else of the buurten); 'totaal' rows when present, else man + vrouw. A CBS band is
-- placed by its lower age.
WITH gebieden AS (
    SELECT gebied_code, min(soort) AS soort FROM gebied GROUP BY gebied_code
),

per_rij AS (
    SELECT b.jaar, b.gebied_code, coalesce(g.soort, 'onbekend') AS soort, b.leeftijd_van,
           CASE WHEN count(*) FILTER (WHERE b.geslacht = 'totaal') > 0
                THEN sum(b.aantal_inwoners) FILTER (WHERE b.geslacht = 'totaal')
                ELSE sum(b.aantal_inwoners) END AS inwoners
    FROM bevolking AS b
    LEFT JOIN gebieden AS g ON g.gebied_code = b.gebied_code
    GROUP BY ALL
),

niveau AS (
    SELECT jaar,
           CASE WHEN bool_or(soort = 'gemeente') THEN 'gemeente'
                WHEN bool_or(soort = 'wijk') THEN 'wijk'
                WHEN bool_or(soort = 'buurt') THEN 'buurt'
                ELSE 'onbekend' END AS soort
    FROM per_rij
    GROUP BY jaar
)

SELECT r.jaar,
       CASE WHEN r.leeftijd_van < 18 THEN '0-17'
            WHEN r.leeftijd_van < 65 THEN '18-64'
            WHEN r.leeftijd_van < 75 THEN '65-74'
            ELSE '75+' END AS leeftijdsklasse,
       CAST(sum(r.inwoners) AS DOUBLE) AS inwoners
FROM per_rij AS r
JOIN niveau AS n ON n.jaar = r.jaar AND n.soort = r.soort
GROUP BY ALL
ORDER BY 1, 2
