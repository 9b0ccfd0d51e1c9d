-- SPDX-License-Identifier: EUPL-1.2
-- An active user with the sorted list of their wijken.
SELECT
    g.rol,
    list(w.wijk_code ORDER BY w.wijk_code) FILTER (WHERE w.wijk_code IS NOT NULL) AS wijken,
    g.gewijzigd_op
FROM gebruiker AS g
LEFT JOIN gebruiker_wijk AS w USING (gebruikersnaam)
WHERE g.gebruikersnaam = ? AND g.is_actief
GROUP BY g.rol, g.gewijzigd_op;
