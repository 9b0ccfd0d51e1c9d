-- SPDX-License-Identifier: EUPL-1.2
-- A tiny hand-made municipality; every expected value in test_handmatig.py is worked out
-- by hand from these rows (see the comments there).
INSERT INTO gebied VALUES
    ('GM9999', 'gemeente', 'Mini', NULL, NULL, NULL),
    ('WK999901', 'wijk', 'Noord', 'GM9999', NULL, NULL),
    ('WK999902', 'wijk', 'Zuid', 'GM9999', NULL, NULL);

INSERT INTO bevolking VALUES
    (2024, 'GM9999', 0, 999, 'totaal', 10000),
    (2024, 'GM9999', 0, 17, 'totaal', 2000),
    (2024, 'GM9999', 12, 22, 'totaal', 1200),
    (2024, 'GM9999', 18, 999, 'totaal', 8000),
    (2024, 'GM9999', 15, 64, 'totaal', 6000),
    (2024, 'WK999901', 0, 999, 'totaal', 6000),
    (2024, 'WK999901', 0, 17, 'totaal', 1200),
    (2024, 'WK999901', 12, 22, 'totaal', 700),
    (2024, 'WK999901', 18, 999, 'totaal', 4800),
    (2024, 'WK999901', 15, 64, 'totaal', 3600),
    (2024, 'WK999902', 0, 999, 'totaal', 4000),
    (2024, 'WK999902', 0, 17, 'totaal', 800),
    (2024, 'WK999902', 12, 22, 'totaal', 500),
    (2024, 'WK999902', 18, 999, 'totaal', 3200),
    (2024, 'WK999902', 15, 64, 'totaal', 2400);

INSERT INTO huishoudens VALUES
    (2024, 'GM9999', 5000), (2024, 'WK999901', 3000), (2024, 'WK999902', 2000);

INSERT INTO persoon VALUES
    ('P1', 'H1', DATE '1950-05-01', 'vrouw', 'WK999901', NULL, NULL, NULL, 1),
    ('P2', 'H1', DATE '1952-03-03', 'man', 'WK999901', NULL, NULL, NULL, 1),
    ('P3', 'H3', DATE '2010-06-01', 'man', 'WK999902', NULL, NULL, NULL, 1),
    ('P4', 'H3', DATE '2015-01-01', 'vrouw', 'WK999902', NULL, NULL, NULL, 1),
    ('P5', 'H3', DATE '1985-01-01', 'vrouw', 'WK999902', NULL, NULL, NULL, 1),
    ('P6', 'H6', DATE '2005-02-01', 'man', 'WK999901', NULL, NULL, NULL, 1),
    ('P7', NULL, DATE '1990-07-01', 'man', NULL, NULL, NULL, NULL, 1),
    ('P8', 'H8', DATE '2012-01-01', 'vrouw', 'WK999901', NULL, NULL, NULL, 1);

INSERT INTO aanbieder VALUES
    ('11111111', 'Thuiszorg Een', 1), ('22222222', 'Hulpmiddel Twee', 1),
    ('33333333', 'Jeugdzorg Drie', 1);

INSERT INTO toewijzing (toewijzing_nummer, persoon_id, agb_code, wet, product_categorie,
    leveringsvorm, verwijzer, ingangsdatum, einddatum, ingest_id) VALUES
    ('T1', 'P1', '11111111', 'wmo', '01', 'ZIN', NULL, DATE '2023-06-01', NULL, 1),
    ('T2', 'P1', '22222222', 'wmo', '14', 'ZIN', NULL, DATE '2024-03-01', DATE '2024-03-01', 1),
    ('T3', 'P2', '11111111', 'wmo', '02', 'PGB', NULL, DATE '2024-02-01', DATE '2024-07-31', 1),
    ('T4', 'P3', '33333333', 'jeugd', '45', 'ZIN', '02', DATE '2024-01-15', DATE '2024-06-30', 1),
    ('T5', 'P3', '33333333', 'jeugd', '48', 'ZIN', '04', DATE '2024-04-01', NULL, 1),
    ('T6', 'P6', '33333333', 'jeugd', '47', 'ZIN', '08', DATE '2023-09-01', DATE '2024-02-29', 1),
    ('T7', 'P7', '11111111', 'wmo', '01', 'ZIN', NULL, DATE '2022-01-01', DATE '2023-10-31', 1),
    ('T8', 'P7', '11111111', 'wmo', '01', 'ZIN', NULL, DATE '2024-05-01', NULL, 1);

INSERT INTO declaratie (referentie_nummer, vorig_referentie_nummer, dagtekening,
    toewijzing_nummer, persoon_id, agb_code, wet, product_categorie, begindatum, einddatum,
    geleverd_volume, eenheid, bedrag_cent, debet_credit, status, ingest_id) VALUES
    ('D1', NULL, DATE '2024-02-05', 'T1', 'P1', '11111111', 'wmo', '01',
        DATE '2024-01-01', DATE '2024-01-31', 4, '04', 10000, 'D', 'ingediend', 1),
    ('D2', NULL, DATE '2024-03-05', 'T1', 'P1', '11111111', 'wmo', '01',
        DATE '2024-02-01', DATE '2024-02-29', 4, '04', 10000, 'D', 'ingediend', 1),
    ('D3', 'D2', DATE '2024-04-05', 'T1', 'P1', '11111111', 'wmo', '01',
        DATE '2024-02-01', DATE '2024-02-29', 4, '04', -10000, 'C', 'ingediend', 1),
    ('D4', NULL, DATE '2024-04-05', 'T1', 'P1', '11111111', 'wmo', '01',
        DATE '2024-02-01', DATE '2024-02-29', 3, '04', 8000, 'D', 'ingediend', 1),
    ('D5', NULL, DATE '2024-02-10', 'T4', 'P3', '33333333', 'jeugd', '45',
        DATE '2024-01-15', DATE '2024-01-31', 5, '04', 50000, 'D', 'goedgekeurd', 1),
    ('D6', NULL, DATE '2024-03-10', 'T4', 'P3', '33333333', 'jeugd', '45',
        DATE '2024-02-01', DATE '2024-02-29', 9, '04', 99999, 'D', 'afgewezen', 1),
    ('D7', NULL, DATE '2024-06-05', 'T8', 'P7', '11111111', 'wmo', '01',
        DATE '2024-05-01', DATE '2024-05-31', 5, '04', 12000, 'D', 'ingediend', 1);

INSERT INTO uitkering VALUES
    ('U1', 'P5', 'bijstand', DATE '2023-01-01', NULL, 120000, 1),
    ('U2', 'P5', 're_integratie', DATE '2024-02-01', DATE '2024-12-31', 0, 1),
    ('U3', 'P6', 'bijstand', DATE '2024-01-01', DATE '2024-03-31', 110000, 1);
