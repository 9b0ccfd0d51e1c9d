-- SPDX-License-Identifier: EUPL-1.2
-- Shared building blocks of the indicator layer (issue 3): age classes, exact age on a
-- date, and the two fact views every indicator reads (arrangements and Participatiewet
-- provisions, each with the person's wijk and household attached).

-- Age classes used for the leeftijdsklasse breakdown (inclusive bounds; 999 = and older).
CREATE TABLE leeftijdsklasse (
    klasse       VARCHAR PRIMARY KEY,
    leeftijd_van INTEGER NOT NULL,
    leeftijd_tot INTEGER NOT NULL,
    volgorde     INTEGER NOT NULL
);

INSERT INTO leeftijdsklasse VALUES
    ('0-3', 0, 3, 1),
    ('4-11', 4, 11, 2),
    ('12-17', 12, 17, 3),
    ('18-22', 18, 22, 4),
    ('23-64', 23, 64, 5),
    ('65-74', 65, 74, 6),
    ('75-84', 75, 84, 7),
    ('85+', 85, 999, 8);

-- Age in whole years on date p of someone born on g (birthday counts from that day).
CREATE MACRO leeftijd_op(g, p) AS
    year(p) - year(g)
    - CASE WHEN month(p) < month(g) OR (month(p) = month(g) AND day(p) < day(g)) THEN 1 ELSE 0 END;

-- One row per toewijzing (maatwerkarrangement) with the attributes indicators break down by.
-- A person without a known wijk is counted in wijk 'onbekend' so that wijken add up to the
-- gemeente; a person without a household pseudonym is a household of one.
CREATE VIEW v_arrangement AS
SELECT
    t.toewijzing_nummer,
    t.persoon_id,
    coalesce(p.huishouden_id, t.persoon_id)     AS huishouden_id,
    coalesce(p.wijk_code, 'onbekend')           AS wijk,
    p.geboortedatum,
    t.wet,
    t.product_categorie                         AS categorie,
    t.agb_code                                  AS aanbieder,
    t.leveringsvorm,
    coalesce(t.verwijzer, 'onbekend')           AS verwijzer,
    t.ingangsdatum,
    t.einddatum,
    (t.wet = 'wmo' AND t.product_categorie IN ('11', '12', '13', '14')) AS is_hulpmiddel
FROM toewijzing AS t
LEFT JOIN persoon AS p ON p.persoon_id = t.persoon_id;

-- One row per Participatiewet provision, same person attributes.
CREATE VIEW v_uitkering AS
SELECT
    u.uitkering_id,
    u.persoon_id,
    coalesce(p.huishouden_id, u.persoon_id)     AS huishouden_id,
    coalesce(p.wijk_code, 'onbekend')           AS wijk,
    p.geboortedatum,
    u.regeling,
    u.begindatum,
    u.einddatum
FROM uitkering AS u
LEFT JOIN persoon AS p ON p.persoon_id = u.persoon_id;
