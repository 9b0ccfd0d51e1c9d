-- SPDX-License-Identifier: EUPL-1.2
-- The service days covered by the warehouse: claims when there are any, else the start
-- dates of allocations (their end dates can lie years ahead).
WITH claims AS (
    SELECT min(begindatum) AS eerste_dag, max(einddatum) AS laatste_dag FROM declaratie
),
allocations AS (
    SELECT min(ingangsdatum) AS eerste_dag, max(ingangsdatum) AS laatste_dag FROM toewijzing
)
SELECT
    coalesce(claims.eerste_dag, allocations.eerste_dag) AS eerste_dag,
    coalesce(claims.laatste_dag, allocations.laatste_dag) AS laatste_dag
FROM claims, allocations;
