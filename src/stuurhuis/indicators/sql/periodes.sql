-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: the requested periods, bound as four parallel list parameters.
periodes AS (
    SELECT
        unnest($periode)               AS periode,
        unnest($grain)                 AS grain,
        CAST(unnest($begin) AS DATE)   AS periode_begin,
        CAST(unnest($eind) AS DATE)    AS periode_eind
)
