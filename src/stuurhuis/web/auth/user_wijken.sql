-- SPDX-License-Identifier: EUPL-1.2
-- The wijken of a user (sorted by the caller).
SELECT wijk_code
FROM gebruiker_wijk
WHERE gebruikersnaam = ?;
