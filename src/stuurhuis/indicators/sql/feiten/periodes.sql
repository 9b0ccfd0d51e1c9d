-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: the periods this query asks for ($periode: their codes), out of the
-- numbered periods of the call. Inside the query a period is its number (cheaper to group
-- and join on than the code); the outermost select turns it back into the code.
periodes AS (
    SELECT pidx AS periode, grain, periode_begin, periode_eind, periode AS periode_code
    FROM temp.ind_periode
    WHERE periode IN (SELECT unnest($periode))
)
