-- SPDX-License-Identifier: EUPL-1.2
INSERT INTO toelichting (onderwerp_soort, onderwerp, periode, tekst, auteur)
VALUES (?, ?, ?, ?, ?)
RETURNING toelichting_id;
