-- SPDX-License-Identifier: EUPL-1.2
-- Toelichtingen filtered by periods, soort and subjects (each filter NULL = all).
SELECT
    toelichting_id,
    onderwerp_soort,
    onderwerp,
    periode,
    tekst,
    auteur,
    geschreven_op
FROM toelichting
WHERE ($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], periode))
  AND ($2::VARCHAR IS NULL OR onderwerp_soort = $2::VARCHAR)
  AND ($3::VARCHAR[] IS NULL OR list_contains($3::VARCHAR[], onderwerp))
ORDER BY geschreven_op DESC, toelichting_id DESC;
