-- SPDX-License-Identifier: EUPL-1.2
INSERT INTO maatregelen_maatregel
    (snapshot_id, maatregel_id, naam, pakket, thema, categorie, wet, taakveld, fase, urgentie,
     termijn, kans)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
