-- SPDX-License-Identifier: EUPL-1.2
-- The span of dates the warehouse holds facts for: default range of periods to compute.
WITH datums AS (
    SELECT min(ingangsdatum) AS van, max(ingangsdatum) AS tot
    FROM toewijzing
    UNION ALL
    SELECT min(begindatum), max(einddatum) FROM declaratie
    UNION ALL
    SELECT min(begindatum), max(begindatum) FROM uitkering
)

SELECT min(van) AS van, max(tot) AS tot
FROM datums
