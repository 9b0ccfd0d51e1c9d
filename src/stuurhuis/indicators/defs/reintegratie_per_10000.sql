-- SPDX-License-Identifier: EUPL-1.2
SELECT periode, wijk, uitkering_id, persoon_id
FROM uitkering_peildatum
WHERE regeling = 're_integratie'
