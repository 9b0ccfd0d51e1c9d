-- SPDX-License-Identifier: EUPL-1.2
-- declaratie without the PRIMARY KEY on referentie_nummer. DuckDB keeps a primary key as
-- an ART index that every insert updates and that must fit in memory: it cost half the
-- claims load and grew with the table. The key stays unique by the loader (duplicates in
-- a file are quarantined, a later file's line replaces the earlier one by DELETE +
-- INSERT in the same transaction; tests/ingest check both). DuckDB cannot drop a
-- constraint, so the table is rebuilt; the views that read it are late bound.
CREATE TABLE declaratie_zonder_art (
    referentie_nummer       VARCHAR NOT NULL,
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

INSERT INTO declaratie_zonder_art SELECT * FROM declaratie;
DROP TABLE declaratie;
ALTER TABLE declaratie_zonder_art RENAME TO declaratie;
