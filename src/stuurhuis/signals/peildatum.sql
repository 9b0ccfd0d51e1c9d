-- SPDX-License-Identifier: EUPL-1.2
-- The default peildatum: the date of the most recent fact in the warehouse (claim date,
-- decision or request), never later than today. NULL for an empty warehouse.
WITH laatste AS (
    SELECT max(dagtekening) AS datum FROM declaratie
    UNION ALL
    SELECT max(beslisdatum) FROM toewijzing
    UNION ALL
    SELECT max(aanvraagdatum) FROM toewijzing
)

SELECT least(max(datum), current_date) AS peildatum
FROM laatste
