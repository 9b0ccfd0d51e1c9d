-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: one wijk per household (see opbouw_huishouden.sql).
huishouden_wijk AS (
    SELECT huishouden_id, wijk FROM temp.ind_huishouden_wijk
)
