-- SPDX-License-Identifier: EUPL-1.2
INSERT INTO gebruiker (gebruikersnaam, rol, wachtwoord_hash) VALUES (?, ?, ?);
