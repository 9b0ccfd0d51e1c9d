-- SPDX-License-Identifier: EUPL-1.2
-- Failed logins for this user name or this IP address within the last N minutes.
SELECT count(*) AS aantal_mislukt
FROM login_poging
WHERE NOT is_gelukt
  AND tijdstip >= now()::TIMESTAMP - to_minutes(CAST(? AS INTEGER))
  AND (gebruikersnaam = ? OR ip_adres = ?);
