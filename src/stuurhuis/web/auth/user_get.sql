-- SPDX-License-Identifier: EUPL-1.2
-- An active user (checked on every request: two primary-key lookups are cheaper than one
-- join with a list aggregate; see user_wijken.sql).
SELECT rol, gewijzigd_op
FROM gebruiker
WHERE gebruikersnaam = ? AND is_actief;
