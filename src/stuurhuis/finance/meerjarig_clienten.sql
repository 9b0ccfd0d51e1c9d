-- SPDX-License-Identifier: EUPL-1.2
-- Clients per year for the stock-flow model: one row per person x wet x categorie x
-- year in which the person had a provision running (an allocation for Wmo/Jeugdwet, a
-- benefit for the Participatiewet), known on the peildatum. ``duur`` is the year of the
-- current episode (1: started this year, i.e. not active the year before; 3: three or
-- more years), ``leeftijd`` the age reached in the year, ``blijft`` whether the person
-- is active the next year too (meaningless in the last year $tot). Parameters: $peildatum, $van,
-- $tot (years).
WITH voorziening AS (
    SELECT persoon_id, wet, product_categorie AS categorie,
           ingangsdatum AS begin, einddatum AS eind
    FROM toewijzing
    WHERE ingangsdatum <= $peildatum
    UNION ALL
    SELECT persoon_id, 'participatie', regeling, begindatum, einddatum
    FROM uitkering
    WHERE begindatum <= $peildatum
),

jaren AS (
    SELECT CAST(j AS INTEGER) AS jaar FROM range($van, $tot + 1) AS t(j)
),

actief AS (
    SELECT DISTINCT v.persoon_id, v.wet, v.categorie, j.jaar
    FROM voorziening AS v
    JOIN jaren AS j
      ON year(v.begin) <= j.jaar
     AND year(least(coalesce(v.eind, CAST($peildatum AS DATE)), CAST($peildatum AS DATE))) >= j.jaar
),

eilanden AS (
    SELECT *,
           jaar - row_number() OVER (PARTITION BY persoon_id, wet, categorie ORDER BY jaar)
               AS eiland
    FROM actief
)

SELECT e.wet, e.categorie, e.jaar,
       least(e.jaar - min(e.jaar) OVER (PARTITION BY e.persoon_id, e.wet, e.categorie, e.eiland)
             + 1, 3) AS duur,
       e.jaar - year(p.geboortedatum) AS leeftijd,
       -- active in the next year as well (the outflow is who is not)
       coalesce(lead(e.jaar) OVER (PARTITION BY e.persoon_id, e.wet, e.categorie
                                   ORDER BY e.jaar) = e.jaar + 1, false) AS blijft
FROM eilanden AS e
LEFT JOIN persoon AS p ON p.persoon_id = e.persoon_id
