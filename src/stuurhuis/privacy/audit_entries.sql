-- SPDX-License-Identifier: EUPL-1.2
-- The audit trail, newest first; each filter parameter is optional (NULL = all), and so is
-- the number of rows (NULL = every row).
WITH filter AS (
    SELECT
        CAST(? AS VARCHAR) AS gebruiker,
        CAST(? AS VARCHAR) AS actie,
        CAST(? AS DATE) AS vanaf,
        CAST(? AS DATE) AS tot
)

SELECT
    a.audit_id,
    a.tijdstip,
    a.gebruiker,
    a.rol,
    a.actie,
    a.onderwerp,
    a.filter,
    a.aantal_rijen
FROM audit_log AS a
CROSS JOIN filter AS f
WHERE (f.gebruiker IS NULL OR a.gebruiker = f.gebruiker)
  AND (f.actie IS NULL OR a.actie = f.actie)
  AND (f.vanaf IS NULL OR CAST(a.tijdstip AS DATE) >= f.vanaf)
  AND (f.tot IS NULL OR CAST(a.tijdstip AS DATE) <= f.tot)
ORDER BY a.tijdstip DESC, a.audit_id DESC
LIMIT CAST(? AS BIGINT);
