-- SPDX-License-Identifier: EUPL-1.2
-- Dashboard users, their wijken, the analists' toelichting and the login attempts.
-- Passwords are argon2id hashes; nothing here holds a BSN or a pseudonym.

CREATE TABLE gebruiker (
    gebruikersnaam   VARCHAR PRIMARY KEY,
    rol              VARCHAR NOT NULL
                     CHECK (rol IN ('bestuur', 'analist', 'regisseur', 'beheerder')),
    wachtwoord_hash  VARCHAR NOT NULL,          -- argon2id, PHC string
    is_actief        BOOLEAN NOT NULL DEFAULT true,
    aangemaakt_op    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    gewijzigd_op     TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- The wijken a regisseur works in (case-level signals are limited to these).
CREATE TABLE gebruiker_wijk (
    gebruikersnaam VARCHAR NOT NULL,
    wijk_code      VARCHAR NOT NULL,            -- WK...
    PRIMARY KEY (gebruikersnaam, wijk_code)
);

-- What caused a change: an analist's short explanation of an indicator or a taakveld in
-- one period, shown beside the figure in the dashboard and the factsheet.
CREATE SEQUENCE toelichting_id_seq START 1;

CREATE TABLE toelichting (
    toelichting_id BIGINT PRIMARY KEY DEFAULT nextval('toelichting_id_seq'),
    onderwerp_soort VARCHAR NOT NULL CHECK (onderwerp_soort IN ('indicator', 'taakveld')),
    onderwerp      VARCHAR NOT NULL,            -- indicator id or Iv3 taakveld code
    periode        VARCHAR NOT NULL,            -- 2025, 2025-H1, 2025-Q2 or 2025-06
    tekst          VARCHAR NOT NULL CHECK (length(tekst) BETWEEN 1 AND 1000),
    auteur         VARCHAR NOT NULL,
    geschreven_op  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Every login attempt, for rate limiting and the beheerder's log. No passwords.
CREATE TABLE login_poging (
    tijdstip       TIMESTAMP NOT NULL DEFAULT current_timestamp,
    gebruikersnaam VARCHAR NOT NULL,
    ip_adres       VARCHAR NOT NULL,
    is_gelukt      BOOLEAN NOT NULL
);
