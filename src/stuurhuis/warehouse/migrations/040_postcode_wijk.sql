-- SPDX-License-Identifier: EUPL-1.2
-- Postcode → wijk, a reference table the municipality may load (postcode_wijk.csv), so a
-- client stated in an iWmo/iJw message gets a wijk without its address being kept: the
-- reader looks up the client's postcode and stores only the wijk in bericht_client.
CREATE TABLE IF NOT EXISTS postcode_wijk (
    postcode  VARCHAR PRIMARY KEY,              -- 1234AB, no space, upper case
    wijk_code VARCHAR NOT NULL,
    ingest_id INTEGER NOT NULL
);

ALTER TABLE bericht_client ADD COLUMN IF NOT EXISTS wijk_code VARCHAR;
