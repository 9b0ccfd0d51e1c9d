-- SPDX-License-Identifier: EUPL-1.2
-- What the warehouse holds per source table (methods annex): rows and the date range.
SELECT 'toewijzing' AS bron, count(*) AS rijen,
       CAST(min(ingangsdatum) AS VARCHAR) AS van, CAST(max(ingangsdatum) AS VARCHAR) AS tot
FROM toewijzing
UNION ALL
SELECT 'declaratie', count(*), CAST(min(dagtekening) AS VARCHAR),
       CAST(max(dagtekening) AS VARCHAR)
FROM declaratie
UNION ALL
SELECT 'begroting', count(*), CAST(min(jaar) AS VARCHAR), CAST(max(jaar) AS VARCHAR)
FROM begroting
UNION ALL
SELECT 'bevolking', count(*), CAST(min(jaar) AS VARCHAR), CAST(max(jaar) AS VARCHAR)
FROM bevolking;
