-- SPDX-License-Identifier: EUPL-1.2
-- CTE fragment: claim lines by service month: a line counts in the period holding its
-- begindatum.
declaratie_periode AS (
    SELECT
        p.periode,
        d.referentie_nummer,
        d.persoon_id,
        d.wet,
        d.categorie,
        d.aanbieder,
        d.leveringsvorm,
        d.verwijzer,
        d.wijk,
        coalesce(k.klasse, 'onbekend') AS leeftijdsklasse,
        d.bedrag_cent
    FROM temp.ind_declaratie_periode AS x
    INNER JOIN periodes AS p ON p.periode = x.pidx
    INNER JOIN temp.ind_declaratie AS d ON d.rij = x.rij
    LEFT JOIN leeftijdsklasse AS k ON k.volgorde = x.klasse_nr
)
