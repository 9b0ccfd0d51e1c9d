-- SPDX-License-Identifier: EUPL-1.2
-- doorlooptijd: requests whose decision took longer than the legal term, and the waiting
-- list (requests without a decision on the peildatum).
-- A request is the set of toewijzing rows of one person, law and aanvraagdatum; it is
-- decided when all its rows carry a beslisdatum on or before the peildatum.
--   termijn_overschreden:            decided in the $terugkijk_dagen days up to the
--                                    peildatum, after more than the legal term;
--   wachtlijst_termijn_overschreden: undecided and already past the term;
--   wachtlijst:                      undecided, still within the term.
-- Money at stake: the maximum dwangsom the municipality risks (Awb art. 4:17: after a
-- notice of default plus two weeks, EUR 23/day for 14 days, EUR 35/day for 14 days,
-- EUR 45/day for 14 days, at most EUR 1.442), counted from the end of the legal term.
WITH p AS (
    SELECT
        CAST($peildatum AS DATE) AS peildatum,
        CAST($termijn_wmo_dagen AS INTEGER) AS termijn_wmo_dagen,
        CAST($termijn_jeugd_dagen AS INTEGER) AS termijn_jeugd_dagen,
        CAST($terugkijk_dagen AS INTEGER) AS terugkijk_dagen
),

persoon_actief AS (
    SELECT pe.persoon_id, pe.huishouden_id, pe.wijk_code
    FROM persoon AS pe
    CROSS JOIN p
    WHERE (pe.overlijdensdatum IS NULL OR pe.overlijdensdatum > p.peildatum)
      AND (pe.vertrekdatum IS NULL OR pe.vertrekdatum > p.peildatum)
),

aanvraag AS (
    SELECT
        t.persoon_id,
        t.wet,
        t.aanvraagdatum,
        count(*) AS aantal_toewijzingen,
        array_to_string(list_sort(list(t.toewijzing_nummer)), ', ') AS toewijzingen,
        array_to_string(list_sort(list_distinct(list(t.product_categorie))), ', ')
            AS product_categorieen,
        CASE WHEN count(*) = count(CASE WHEN t.beslisdatum <= p.peildatum THEN 1 END)
             THEN max(t.beslisdatum) END AS beslisdatum,
        any_value(CASE t.wet WHEN 'wmo' THEN p.termijn_wmo_dagen
                             ELSE p.termijn_jeugd_dagen END) AS termijn_dagen
    FROM toewijzing AS t
    CROSS JOIN p
    WHERE t.aanvraagdatum IS NOT NULL
      AND t.aanvraagdatum <= p.peildatum
    GROUP BY t.persoon_id, t.wet, t.aanvraagdatum
),

beoordeeld AS (
    SELECT
        a.*,
        date_diff('day', a.aanvraagdatum, coalesce(a.beslisdatum, p.peildatum))
            AS doorlooptijd_dagen,
        CASE
            WHEN a.beslisdatum IS NOT NULL THEN 'termijn_overschreden'
            WHEN date_diff('day', a.aanvraagdatum, p.peildatum) > a.termijn_dagen
                THEN 'wachtlijst_termijn_overschreden'
            ELSE 'wachtlijst'
        END AS reden
    FROM aanvraag AS a
    CROSS JOIN p
),

gesignaleerd AS (
    SELECT b.*,
           greatest(b.doorlooptijd_dagen - b.termijn_dagen - 14, 0) AS dwangsom_dagen
    FROM beoordeeld AS b
    CROSS JOIN p
    WHERE b.reden LIKE 'wachtlijst%'
       OR (b.doorlooptijd_dagen > b.termijn_dagen
           AND b.beslisdatum > p.peildatum - p.terugkijk_dagen)
)

SELECT
    g.reden,
    g.persoon_id,
    a.huishouden_id,
    a.wijk_code,
    CAST(NULL AS VARCHAR) AS agb_code,
    CAST(
        2300 * least(g.dwangsom_dagen, 14)
        + 3500 * least(greatest(g.dwangsom_dagen - 14, 0), 14)
        + 4500 * least(greatest(g.dwangsom_dagen - 28, 0), 14)
        AS BIGINT
    ) AS bedrag_op_spel_cent,
    CASE WHEN g.reden = 'wachtlijst' THEN g.aanvraagdatum
         ELSE CAST(g.aanvraagdatum + g.termijn_dagen + 1 AS DATE) END AS sinds,
    g.wet,
    g.aanvraagdatum,
    g.beslisdatum,
    g.doorlooptijd_dagen,
    g.termijn_dagen,
    g.aantal_toewijzingen,
    g.toewijzingen,
    g.product_categorieen
FROM gesignaleerd AS g
INNER JOIN persoon_actief AS a ON a.persoon_id = g.persoon_id
