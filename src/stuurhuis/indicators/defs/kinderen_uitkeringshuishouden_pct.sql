-- SPDX-License-Identifier: EUPL-1.2
WITH bijstandshuishouden AS (
    SELECT DISTINCT periode, peildatum, huishouden_id
    FROM uitkering_peildatum
    WHERE regeling = 'bijstand'
)

-- the members of those households who are 0-17 and live in the gemeente on the peildatum
SELECT DISTINCT b.periode, coalesce(k.wijk_code, 'onbekend') AS wijk, k.persoon_id
FROM bijstandshuishouden AS b
INNER JOIN persoon AS k ON k.huishouden_id = b.huishouden_id
WHERE leeftijd_op(k.geboortedatum, b.peildatum) BETWEEN 0 AND 17
    AND coalesce(k.overlijdensdatum, DATE '9999-12-31') > b.peildatum
    AND coalesce(k.vertrekdatum, DATE '9999-12-31') > b.peildatum
