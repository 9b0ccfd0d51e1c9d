-- SPDX-License-Identifier: EUPL-1.2
-- Flagged claim lines per flag, with their (net) amount in euros. Flagged lines ARE loaded
-- and count in every total; a line can carry more than one flag.
WITH vlaggen AS (
    SELECT 'onbekende productcode' AS markering, bedrag_cent FROM declaratie_controle
    WHERE is_onbekend_product
    UNION ALL
    SELECT 'declaratie zonder passende toewijzing', bedrag_cent FROM declaratie_controle
    WHERE is_zonder_toewijzing
    UNION ALL
    SELECT 'boven toegewezen volume', bedrag_cent FROM declaratie_controle
    WHERE is_boven_volume
)
SELECT
    markering,
    count(*) AS aantal_regels,
    round(coalesce(sum(bedrag_cent), 0) / 100.0, 2) AS bedrag_euro
FROM vlaggen
GROUP BY markering
ORDER BY markering
