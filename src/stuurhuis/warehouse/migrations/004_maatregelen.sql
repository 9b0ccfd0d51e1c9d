-- SPDX-License-Identifier: EUPL-1.2
-- Dated snapshots of the savings programme (maatregelen.yaml), so the original plan, the
-- state at the start of a year and "now" can be compared side by side. A snapshot keeps
-- the validated programme as JSON (amounts in cents; the tables are recomputed from it)
-- and, for SQL users, its measures and amounts as rows. Money is integer eurocents.

CREATE SEQUENCE maatregelen_snapshot_id_seq START 1;

CREATE TABLE maatregelen_snapshot (
    snapshot_id     INTEGER PRIMARY KEY,
    peildatum       DATE NOT NULL,               -- the date the programme describes
    label           VARCHAR NOT NULL,            -- e.g. "oorspronkelijk plan", "begin 2025"
    gemeente        VARCHAR NOT NULL,
    eenheid         VARCHAR NOT NULL CHECK (eenheid IN ('euro', 'duizend_euro')),
    bestand         VARCHAR NOT NULL,            -- file name as given (no directory)
    sha256          VARCHAR NOT NULL,            -- of the validated programme
    geimporteerd_op TIMESTAMP NOT NULL,
    programma_json  VARCHAR NOT NULL,
    UNIQUE (peildatum, label)
);

CREATE TABLE maatregelen_maatregel (
    snapshot_id  INTEGER NOT NULL,
    maatregel_id VARCHAR NOT NULL,
    naam         VARCHAR NOT NULL,
    pakket       VARCHAR,
    thema        VARCHAR,
    categorie    VARCHAR,
    wet          VARCHAR NOT NULL,
    taakveld     VARCHAR,
    fase         VARCHAR,
    urgentie     VARCHAR,
    termijn      VARCHAR,
    kans         DOUBLE NOT NULL CHECK (kans BETWEEN 0 AND 1),
    PRIMARY KEY (snapshot_id, maatregel_id)
);

-- One row per amount; maatregel_id NULL is the programme's own taakstelling.
CREATE TABLE maatregelen_bedrag (
    snapshot_id  INTEGER NOT NULL,
    maatregel_id VARCHAR,
    soort        VARCHAR NOT NULL CHECK (soort IN ('taakstelling', 'besparing', 'investering',
                                                   'ingevuld_besparing', 'ingevuld_investering')),
    jaar         INTEGER NOT NULL,
    bedrag_cent  BIGINT NOT NULL
);
