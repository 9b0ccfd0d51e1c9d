-- SPDX-License-Identifier: EUPL-1.2
-- One row per whole age: the age class is then an equi-join (a range join on a computed
-- age made every query a nested loop, 100x slower). The age on a date is
-- floor((yyyymmdd(date) - yyyymmdd(birth)) / 10000), the same whole years as leeftijd_op: the
-- year difference, one less while the birthday (month, day) has not been reached.
CREATE OR REPLACE TEMP TABLE ind_leeftijd_klasse AS
SELECT CAST(unnest(range(leeftijd_van, least(leeftijd_tot, 150) + 1)) AS INTEGER) AS leeftijd,
    CAST(volgorde AS UTINYINT) AS volgorde
FROM leeftijdsklasse
