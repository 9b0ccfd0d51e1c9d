-- SPDX-License-Identifier: EUPL-1.2
-- The wijken a user may pick on the Signalen page: every wijk, or only $wijken (NULL: all).
SELECT g.gebied_code AS wijk_code, g.naam
FROM gebied AS g
WHERE g.soort = 'wijk'
  AND (CAST($wijken AS VARCHAR[]) IS NULL
       OR list_contains(CAST($wijken AS VARCHAR[]), g.gebied_code))
ORDER BY g.gebied_code
