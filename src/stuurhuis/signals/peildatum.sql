-- SPDX-License-Identifier: EUPL-1.2
-- The default peildatum: the date of the most recent claim or request in the warehouse,
-- never later than today; NULL for an empty warehouse. Decision dates are left out: one
-- dated after the extract (a data error) would move the peildatum past the data.
WITH laatste AS (
    SELECT max(dagtekening) AS datum FROM declaratie
    UNION ALL
    SELECT max(aanvraagdatum) FROM toewijzing
)

SELECT least(max(datum), current_date) AS peildatum
FROM laatste
