-- SPDX-License-Identifier: EUPL-1.2
-- Users for `stuurhuis users list` and the beheerder: never the hash.
SELECT
    g.gebruikersnaam,
    g.rol,
    coalesce(string_agg(w.wijk_code, ',' ORDER BY w.wijk_code), '') AS wijken,
    g.is_actief,
    g.aangemaakt_op
FROM gebruiker AS g
LEFT JOIN gebruiker_wijk AS w USING (gebruikersnaam)
GROUP BY g.gebruikersnaam, g.rol, g.is_actief, g.aangemaakt_op
ORDER BY g.gebruikersnaam;
