-- SPDX-License-Identifier: EUPL-1.2
-- The municipality's name (the one gebied of soort gemeente), for the title page.
SELECT naam FROM gebied WHERE soort = 'gemeente' ORDER BY gebied_code LIMIT 1;
