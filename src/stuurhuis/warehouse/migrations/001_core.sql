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
