-- SPDX-License-Identifier: EUPL-1.2
-- Core tables of the warehouse. Money is integer eurocents (suffix _cent), dates are DATE.
-- Persons and households are pseudonyms (HMAC-SHA256 of the BSN); no BSN is ever stored.

CREATE TABLE gebied (
    gebied_code   VARCHAR PRIMARY KEY,          -- GM0150, WK015001, BU01500101
    soort         VARCHAR NOT NULL CHECK (soort IN ('gemeente', 'wijk', 'buurt')),
    naam          VARCHAR NOT NULL,
    ouder_code    VARCHAR,                      -- wijk -> gemeente, buurt -> wijk
    jaar_van      INTEGER,
    jaar_tot      INTEGER
);

-- Inhabitants per year x gebied x age band x sex. Age bands are inclusive
-- [leeftijd_van, leeftijd_tot]; leeftijd_tot 999 means "and older". Synthetic and
-- case-system data give single years; CBS gives its own bands (0-14, 15-24, ...).
CREATE TABLE bevolking (
    jaar            INTEGER NOT NULL,
    gebied_code     VARCHAR NOT NULL,
    leeftijd_van    INTEGER NOT NULL,
    leeftijd_tot    INTEGER NOT NULL,
    geslacht        VARCHAR NOT NULL CHECK (geslacht IN ('man', 'vrouw', 'totaal')),
    aantal_inwoners INTEGER NOT NULL CHECK (aantal_inwoners >= 0),
    PRIMARY KEY (jaar, gebied_code, leeftijd_van, leeftijd_tot, geslacht)
);

CREATE TABLE huishoudens (
    jaar               INTEGER NOT NULL,
    gebied_code        VARCHAR NOT NULL,
    aantal_huishoudens INTEGER NOT NULL CHECK (aantal_huishoudens >= 0),
    PRIMARY KEY (jaar, gebied_code)
);

-- Published CBS counts kept as published (e.g. WmoClienten per wijk), for comparison with
-- our own computation; never used as input for our indicators.
CREATE TABLE cbs_kerncijfer (
    jaar        INTEGER NOT NULL,
    gebied_code VARCHAR NOT NULL,
    kenmerk     VARCHAR NOT NULL,               -- CBS column name without edition suffix
    waarde      DOUBLE,                         -- NULL where CBS shows '.'
    PRIMARY KEY (jaar, gebied_code, kenmerk)
);

CREATE TABLE persoon (
    persoon_id       VARCHAR PRIMARY KEY,       -- pseudonym of the BSN
    huishouden_id    VARCHAR,                   -- pseudonym of the household key
    geboortedatum    DATE,
    geslacht         VARCHAR CHECK (geslacht IN ('man', 'vrouw', 'onbekend')),
    wijk_code        VARCHAR,
    buurt_code       VARCHAR,
    overlijdensdatum DATE,
    vertrekdatum     DATE,                      -- moved out of the municipality
    ingest_id        INTEGER NOT NULL
);

CREATE TABLE aanbieder (
    agb_code  VARCHAR PRIMARY KEY,              -- 8 digits
    naam      VARCHAR NOT NULL,
    ingest_id INTEGER NOT NULL
);

-- Product catalogue with tariffs, per year (tariffs change every year).
CREATE TABLE product (
    wet               VARCHAR NOT NULL CHECK (wet IN ('wmo', 'jeugd', 'participatie')),
    product_code      VARCHAR NOT NULL,
    jaar              INTEGER NOT NULL,
    product_categorie VARCHAR NOT NULL,         -- WMO020 / JZ020 code
    naam              VARCHAR NOT NULL,
    eenheid           VARCHAR NOT NULL,         -- WJ756 code
    tarief_cent       BIGINT NOT NULL,          -- per eenheid
    taakveld          VARCHAR NOT NULL,         -- Iv3 code, e.g. 6.71a (2023+) or 6.71
    ingest_id         INTEGER NOT NULL,
    PRIMARY KEY (wet, product_code, jaar)
);

CREATE TABLE toewijzing (
    toewijzing_nummer  VARCHAR PRIMARY KEY,
    persoon_id         VARCHAR NOT NULL,
    agb_code           VARCHAR NOT NULL,
    wet                VARCHAR NOT NULL CHECK (wet IN ('wmo', 'jeugd')),
    product_categorie  VARCHAR NOT NULL,
    product_code       VARCHAR,                 -- NULL: aspecifieke toewijzing
    leveringsvorm      VARCHAR NOT NULL CHECK (leveringsvorm IN ('ZIN', 'PGB')),
    verwijzer          VARCHAR,                 -- COD327 code (jeugd)
    ingangsdatum       DATE NOT NULL,
    einddatum          DATE,                    -- NULL: open-ended
    volume             BIGINT,
    eenheid            VARCHAR,                 -- WJ756
    frequentie         VARCHAR,                 -- WMO757: 1 dag, 2 week, 4 maand, 6 totaal
    budget_cent        BIGINT,
    aanvraagdatum      DATE,
    beslisdatum        DATE,
    reden_wijziging    VARCHAR,
    reden_beeindiging  VARCHAR,
    ingest_id          INTEGER NOT NULL,
    CHECK (einddatum IS NULL OR einddatum >= ingangsdatum)
);

-- One row per claim line (prestatie). Credit lines carry a negative bedrag_cent.
CREATE TABLE declaratie (
    referentie_nummer       VARCHAR PRIMARY KEY,
    vorig_referentie_nummer VARCHAR,
    declaratie_nummer       VARCHAR,
    dagtekening             DATE NOT NULL,      -- date the claim was issued: booking date
    toewijzing_nummer       VARCHAR,
    persoon_id              VARCHAR NOT NULL,
    agb_code                VARCHAR NOT NULL,
    wet                     VARCHAR NOT NULL CHECK (wet IN ('wmo', 'jeugd')),
    product_categorie       VARCHAR NOT NULL,
    product_code            VARCHAR,
    begindatum              DATE NOT NULL,      -- service period
    einddatum               DATE NOT NULL,
    geleverd_volume         BIGINT NOT NULL,
    eenheid                 VARCHAR NOT NULL,
    product_tarief_cent     BIGINT,
    bedrag_cent             BIGINT NOT NULL,    -- signed: credit negative
    debet_credit            VARCHAR NOT NULL CHECK (debet_credit IN ('D', 'C')),
    status                  VARCHAR NOT NULL DEFAULT 'ingediend'
                            CHECK (status IN ('ingediend', 'goedgekeurd', 'afgewezen')),
    ingest_id               INTEGER NOT NULL,
    CHECK (einddatum >= begindatum)
);

-- Participatiewet provisions: bijstand, loonkostensubsidie, beschut werk, bijzondere
-- bijstand, schuldhulp, bewindvoering, re-integratie ...
CREATE TABLE uitkering (
    uitkering_id          VARCHAR PRIMARY KEY,
    persoon_id            VARCHAR NOT NULL,
    regeling              VARCHAR NOT NULL,
    begindatum            DATE NOT NULL,
    einddatum             DATE,
    bedrag_per_maand_cent BIGINT NOT NULL,
    ingest_id             INTEGER NOT NULL,
    CHECK (einddatum IS NULL OR einddatum >= begindatum)
);

CREATE TABLE begroting (
    jaar            INTEGER NOT NULL,
    taakveld        VARCHAR NOT NULL,
    begrotingspost  VARCHAR NOT NULL,
    wet             VARCHAR,
    primitief_cent  BIGINT NOT NULL,
    gewijzigd_cent  BIGINT,                      -- NULL: not amended
    ingest_id       INTEGER NOT NULL,
    PRIMARY KEY (jaar, taakveld, begrotingspost)
);

CREATE SEQUENCE ingest_id_seq START 1;

CREATE TABLE ingest_log (
    ingest_id          INTEGER PRIMARY KEY,
    bestand            VARCHAR NOT NULL,        -- file name as given (no directory)
    bron_soort         VARCHAR NOT NULL,        -- reader kind, e.g. declaratie, cbs_kwb
    sha256             VARCHAR NOT NULL UNIQUE,
    gestart_op         TIMESTAMP NOT NULL,
    beeindigd_op       TIMESTAMP NOT NULL,
    aantal_gelezen     BIGINT NOT NULL,
    aantal_geladen     BIGINT NOT NULL,
    aantal_quarantaine BIGINT NOT NULL,
    CHECK (aantal_gelezen = aantal_geladen + aantal_quarantaine)
);

CREATE TABLE quarantaine (
    ingest_id   INTEGER NOT NULL,
    bestand     VARCHAR NOT NULL,
    regel       BIGINT NOT NULL,                -- 1-based line in the file (header = 1)
    reden       VARCHAR NOT NULL,               -- Dutch, one line
    ruwe_regel  VARCHAR NOT NULL,               -- the raw row with the BSN masked
    bedrag_cent BIGINT                          -- amount at stake, when the row had one
);

-- Who saw which case-level rows (AVG): written by signals, web and exports.
CREATE SEQUENCE audit_id_seq START 1;

CREATE TABLE audit_log (
    audit_id    BIGINT PRIMARY KEY DEFAULT nextval('audit_id_seq'),
    tijdstip    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    gebruiker   VARCHAR NOT NULL,
    rol         VARCHAR NOT NULL,
    actie       VARCHAR NOT NULL,               -- e.g. signalen.bekijken, signalen.export
    onderwerp   VARCHAR,                        -- kind / page
    filter      VARCHAR,                        -- JSON of the filter used
    aantal_rijen BIGINT
);

-- Controls computed over the warehouse, so the order in which files arrive does not matter.
-- A flagged claim line is loaded and counts in every total; the flag only draws attention.
-- See docs/ingest.md.

-- Claimed volume per toewijzing x service month (month of begindatum) against what the
-- allocation allows in that month. WMO757 frequentie: 1 per dag (volume x days of the
-- month inside the allocation), 2 per week (volume x those days / 7, rounded up),
-- 4 per maand (volume), 6 totaal binnen geldigheidsduur (cumulative claimed volume against
-- volume). Only claim lines in the allocation's eenheid count; rejected lines do not.
CREATE VIEW toewijzing_controle AS
WITH regels AS (
    SELECT
        d.toewijzing_nummer,
        CAST(date_trunc('month', d.begindatum) AS DATE) AS maand,
        CASE WHEN d.debet_credit = 'C' THEN -d.geleverd_volume ELSE d.geleverd_volume END
            AS volume_netto,
        d.bedrag_cent
    FROM declaratie AS d
    JOIN toewijzing AS t
        ON t.toewijzing_nummer = d.toewijzing_nummer
        AND (t.eenheid IS NULL OR t.eenheid = d.eenheid)
    WHERE d.status <> 'afgewezen' AND t.volume IS NOT NULL
),
per_maand AS (
    SELECT
        toewijzing_nummer,
        maand,
        CAST(sum(volume_netto) AS BIGINT) AS aantal_gedeclareerd_volume,
        CAST(sum(bedrag_cent) AS BIGINT) AS gedeclareerd_bedrag_cent
    FROM regels
    GROUP BY toewijzing_nummer, maand
),
met_toewijzing AS (
    SELECT
        m.*,
        t.volume AS aantal_toegewezen_volume,
        t.frequentie,
        greatest(
            0,
            date_diff(
                'day',
                greatest(m.maand, t.ingangsdatum),
                least(last_day(m.maand), coalesce(t.einddatum, last_day(m.maand)))
            ) + 1
        ) AS aantal_dagen_in_toewijzing,
        sum(m.aantal_gedeclareerd_volume) OVER (
            PARTITION BY m.toewijzing_nummer ORDER BY m.maand
        ) AS aantal_cumulatief_volume
    FROM per_maand AS m
    JOIN toewijzing AS t ON t.toewijzing_nummer = m.toewijzing_nummer
),
toegestaan AS (
    SELECT
        *,
        CASE frequentie
            WHEN '1' THEN aantal_toegewezen_volume * aantal_dagen_in_toewijzing
            WHEN '2' THEN CAST(ceil(aantal_toegewezen_volume * aantal_dagen_in_toewijzing / 7.0)
                AS BIGINT)
            WHEN '4' THEN aantal_toegewezen_volume
            WHEN '6' THEN aantal_toegewezen_volume
        END AS aantal_toegestaan_volume
    FROM met_toewijzing
)
SELECT
    toewijzing_nummer,
    maand,
    frequentie,
    aantal_toegewezen_volume,
    aantal_toegestaan_volume,
    aantal_gedeclareerd_volume,
    aantal_cumulatief_volume,
    gedeclareerd_bedrag_cent,
    coalesce(
        CASE
            WHEN frequentie = '6' THEN aantal_cumulatief_volume > aantal_toegestaan_volume
            ELSE aantal_gedeclareerd_volume > aantal_toegestaan_volume
        END,
        false
    ) AS is_boven_volume
FROM toegestaan;

-- One row per claim line with its flags:
--   is_onbekend_product   product_code not in the catalogue for that wet (any year);
--   is_zonder_toewijzing  no toewijzing with that number for this client and provider
--                         whose period overlaps the service period;
--   is_boven_volume       a debet line in a toewijzing x month over the allocated volume.
CREATE VIEW declaratie_controle AS
WITH bekende_producten AS (
    SELECT DISTINCT wet, product_code FROM product
),
gekoppeld AS (
    SELECT
        d.referentie_nummer,
        t.toewijzing_nummer IS NOT NULL AS heeft_toewijzing
    FROM declaratie AS d
    LEFT JOIN toewijzing AS t
        ON t.toewijzing_nummer = d.toewijzing_nummer
        AND t.persoon_id = d.persoon_id
        AND t.agb_code = d.agb_code
        AND t.ingangsdatum <= d.einddatum
        AND (t.einddatum IS NULL OR t.einddatum >= d.begindatum)
),
vlaggen AS (
    SELECT
        d.referentie_nummer,
        d.ingest_id,
        d.wet,
        d.agb_code,
        d.toewijzing_nummer,
        d.product_code,
        d.begindatum,
        d.dagtekening,
        d.bedrag_cent,
        d.product_code IS NOT NULL AND b.product_code IS NULL AS is_onbekend_product,
        NOT g.heeft_toewijzing AS is_zonder_toewijzing,
        d.debet_credit = 'D' AND coalesce(c.is_boven_volume, false) AS is_boven_volume
    FROM declaratie AS d
    JOIN gekoppeld AS g ON g.referentie_nummer = d.referentie_nummer
    LEFT JOIN bekende_producten AS b
        ON b.wet = d.wet AND b.product_code = d.product_code
    LEFT JOIN toewijzing_controle AS c
        ON c.toewijzing_nummer = d.toewijzing_nummer
        AND c.maand = CAST(date_trunc('month', d.begindatum) AS DATE)
)
SELECT
    *,
    is_onbekend_product OR is_zonder_toewijzing OR is_boven_volume AS is_gemarkeerd
FROM vlaggen;
