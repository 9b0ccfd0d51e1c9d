-- SPDX-License-Identifier: EUPL-1.2
-- Budget per year: lines, taakvelden, primitive and amended totals (amended: the
-- amended amount where there is one, else the primitive one).
SELECT jaar,
       count(*) AS aantal_regels,
       count(DISTINCT taakveld) AS aantal_taakvelden,
       CAST(sum(primitief_cent) AS BIGINT) AS begroting_primitief_cent,
       CAST(sum(coalesce(gewijzigd_cent, primitief_cent)) AS BIGINT) AS begroting_cent
FROM begroting
GROUP BY jaar
ORDER BY jaar
