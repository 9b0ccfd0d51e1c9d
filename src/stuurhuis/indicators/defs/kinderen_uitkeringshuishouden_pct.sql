-- SPDX-License-Identifier: EUPL-1.2
WITH bijstandshuishouden AS (
    SELECT DISTINCT periode, huishouden_id
    FROM uitkering_peildatum
    WHERE regeling = 'bijstand'
),

kind AS (
    SELECT p.periode, k.persoon_id, k.huishouden_id, coalesce(k.wijk_code, 'onbekend') AS wijk
    FROM periodes AS p
    INNER JOIN persoon AS k
        ON k.huishouden_id IS NOT NULL
        AND leeftijd_op(k.geboortedatum, p.periode_eind) BETWEEN 0 AND 17
        AND coalesce(k.overlijdensdatum, DATE '9999-12-31') > p.periode_eind
        AND coalesce(k.vertrekdatum, DATE '9999-12-31') > p.periode_eind
)

SELECT k.periode, k.wijk, k.persoon_id
FROM kind AS k
INNER JOIN bijstandshuishouden AS b
    ON b.periode = k.periode AND b.huishouden_id = k.huishouden_id
