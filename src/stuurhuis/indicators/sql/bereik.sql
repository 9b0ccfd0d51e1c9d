-- SPDX-License-Identifier: EUPL-1.2
-- The default range of periods to compute: the span of the extract. It starts at the first
-- day with claim or benefit data (the extract's first service month: allocations that
-- started years earlier are in it because they were still running then, not because the
-- extract covers those years); without claims and benefits, at the first allocation. It
-- ends at the last date the facts reach.
WITH datums AS (
    SELECT min(begindatum) AS van, max(einddatum) AS tot, 'extract' AS soort
    FROM declaratie
    UNION ALL
    SELECT min(begindatum), max(begindatum), 'extract' FROM uitkering
    UNION ALL
    SELECT min(ingangsdatum), max(ingangsdatum), 'toewijzing' FROM toewijzing
)

SELECT
    coalesce(min(van) FILTER (WHERE soort = 'extract'), min(van)) AS van,
    max(tot) AS tot
FROM datums
