-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: the numbered periods of the call that this query asks for.
periode_keuze AS (
    SELECT * FROM temp.ind_periode WHERE periode IN (SELECT periode FROM periodes)
)
