-- SPDX-License-Identifier: EUPL-1.2
-- One audit record; tijdstip and audit_id come from the table defaults.
INSERT INTO audit_log (gebruiker, rol, actie, onderwerp, filter, aantal_rijen)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING audit_id
