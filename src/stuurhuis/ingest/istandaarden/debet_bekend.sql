-- SPDX-License-Identifier: EUPL-1.2
-- Did this provider claim a debit line with this reference before?
SELECT count(*) > 0 AS is_bekend
FROM declaratie
WHERE agb_code = ? AND referentie_nummer = ? AND debet_credit = 'D'
