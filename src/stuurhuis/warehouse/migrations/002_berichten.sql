-- SPDX-License-Identifier: EUPL-1.2
-- iWmo/iJw 3.2 message traffic: the message log (idempotency) and what the messages say
-- that has no core table. Persons are pseudonyms; names, addresses, contact details,
-- relations and free-text comments in the messages are never stored.

-- One row per loaded message. (afzender, bericht_identificatie) identifies a message in
-- the iStandaarden; the same message again is skipped, which makes ingest idempotent.
CREATE TABLE bericht (
    afzender              VARCHAR NOT NULL,     -- AGB code (8) or gemeentecode (4)
    bericht_identificatie VARCHAR NOT NULL,     -- Header/BerichtIdentificatie/Identificatie
    ontvanger             VARCHAR NOT NULL,
    standaard             VARCHAR NOT NULL CHECK (standaard IN ('iwmo', 'ijw')),
    berichttype           VARCHAR NOT NULL,     -- 301, 305, 307, 315, 317, 319, 323, 325
    dagtekening           DATE NOT NULL,        -- Header/BerichtIdentificatie/Dagtekening
    aantal_regels         BIGINT NOT NULL CHECK (aantal_regels >= 0),
    ingest_id             INTEGER NOT NULL,
    PRIMARY KEY (afzender, bericht_identificatie)
);

-- Start (305) and stop (307) of the delivery of an allocated product. One row per
-- delivery period; a 307 completes the row its 305 opened (same toewijzing + begindatum).
CREATE TABLE zorglevering (
    toewijzing_nummer  VARCHAR NOT NULL,
    begindatum         DATE NOT NULL,           -- delivery actually started
    einddatum          DATE,                    -- NULL: still running (no 307 yet)
    persoon_id         VARCHAR NOT NULL,
    agb_code           VARCHAR NOT NULL,
    wet                VARCHAR NOT NULL CHECK (wet IN ('wmo', 'jeugd')),
    product_categorie  VARCHAR,
    product_code       VARCHAR,
    toewijzing_ingangsdatum DATE,
    reden_beeindiging  VARCHAR,                 -- WMO588 / JZ588 (codes differ per wet)
    status_aanlevering VARCHAR NOT NULL,        -- COD467: 1 eerste, 2 gewijzigd, 3 verwijderd
    ingest_id          INTEGER NOT NULL,
    PRIMARY KEY (toewijzing_nummer, begindatum),
    CHECK (einddatum IS NULL OR einddatum >= begindatum)
);

-- Requests from providers: 315 verzoek om toewijzing (one row per requested product) and
-- 317 verzoek om wijziging (one row per product to change, add or keep).
CREATE TABLE verzoek (
    agb_code             VARCHAR NOT NULL,      -- sender of the request
    referentie_aanbieder VARCHAR NOT NULL,      -- links the 319 answer to the request
    regelnummer          INTEGER NOT NULL,      -- position of the product in the request
    soort                VARCHAR NOT NULL CHECK (soort IN ('toewijzing', 'wijziging')),
    wijziging            VARCHAR CHECK (wijziging IN ('nieuw', 'wijzigen', 'ongewijzigd')),
    persoon_id           VARCHAR NOT NULL,
    wet                  VARCHAR NOT NULL CHECK (wet IN ('wmo', 'jeugd')),
    aanvraagdatum        DATE NOT NULL,         -- dagtekening of the request message
    toewijzing_nummer    VARCHAR,               -- 317: the allocation to change or keep
    product_categorie    VARCHAR,
    product_code         VARCHAR,
    ingangsdatum         DATE,
    einddatum            DATE,
    volume               BIGINT,
    eenheid              VARCHAR,
    frequentie           VARCHAR,
    budget_cent          BIGINT,
    verwijzer            VARCHAR,               -- COD327 type (315)
    reden_verzoek        VARCHAR,               -- WJ758 (317)
    ingest_id            INTEGER NOT NULL,
    PRIMARY KEY (agb_code, referentie_aanbieder, regelnummer)
);

-- 319: the municipality's answer to a 315/317.
CREATE TABLE verzoek_antwoord (
    agb_code             VARCHAR NOT NULL,      -- the provider that asked (receiver of 319)
    referentie_aanbieder VARCHAR NOT NULL,
    antwoorddatum        DATE NOT NULL,         -- dagtekening of the 319
    verzoek_antwoord     VARCHAR NOT NULL,      -- WJ760: 1 toegekend, 2 afgewezen, 3 in onderzoek
    reden_afwijzing      VARCHAR,               -- WJ759
    ingest_id            INTEGER NOT NULL,
    PRIMARY KEY (agb_code, referentie_aanbieder)
);

-- 325: the municipality's answer to a 323. A row with referentie_nummer NULL covers every
-- line of the declaratie that the answer does not list (those are approved).
CREATE TABLE declaratie_antwoord (
    agb_code           VARCHAR NOT NULL,        -- the provider that claimed
    declaratie_nummer  VARCHAR NOT NULL,
    referentie_nummer  VARCHAR,
    status             VARCHAR NOT NULL CHECK (status IN ('goedgekeurd', 'afgewezen')),
    retourcodes        VARCHAR,                 -- WJ001 codes, comma separated
    antwoorddatum      DATE NOT NULL,
    ingest_id          INTEGER NOT NULL
);
