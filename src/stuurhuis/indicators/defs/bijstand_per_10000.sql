-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, persoon_id
FROM uitkering_peildatum
WHERE regeling = 'bijstand' AND leeftijd >= 18
