-- SPDX-License-Identifier: EUPL-1.2
-- Every period of the compute call, numbered: the expanded facts refer to a period by
-- its number. begin_ymd/eind_ymd (yyyymmdd) make the age on the period's first/last day
-- plain integer arithmetic (see opbouw_leeftijd.sql). The facts compute their birth date
-- as year * 10000 + month * 100 + day: the same number, ≈ 4× cheaper than strftime per row.
CREATE OR REPLACE TEMP TABLE ind_periode AS
WITH periodes AS (
    SELECT
        unnest($periode)               AS periode,
        unnest($grain)                 AS grain,
        CAST(unnest($begin) AS DATE)   AS periode_begin,
        CAST(unnest($eind) AS DATE)    AS periode_eind
)

SELECT
    CAST(row_number() OVER (ORDER BY periode_begin, periode_eind) AS INTEGER) AS pidx,
    periode,
    grain,
    periode_begin,
    periode_eind,
    CAST(strftime(periode_begin, '%Y%m%d') AS INTEGER) AS begin_ymd,
    CAST(strftime(periode_eind, '%Y%m%d') AS INTEGER) AS eind_ymd
FROM periodes
