-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, verwijzer, wijk, leeftijdsklasse, persoon_id
FROM arrangement_periode
WHERE wet = 'jeugd'
