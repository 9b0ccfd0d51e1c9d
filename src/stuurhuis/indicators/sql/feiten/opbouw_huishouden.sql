-- SPDX-License-Identifier: EUPL-1.2
-- One wijk per household (a household is one address): the lowest known wijk code of its
-- members, else 'onbekend'. Households then add up from wijk to gemeente even when the
-- registered wijken of the members differ.
CREATE OR REPLACE TEMP TABLE ind_huishouden_wijk AS
SELECT
    coalesce(huishouden_id, persoon_id) AS huishouden_id,
    coalesce(min(wijk_code), 'onbekend') AS wijk
FROM persoon
GROUP BY ALL
