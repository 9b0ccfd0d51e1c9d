-- SPDX-License-Identifier: EUPL-1.2
INSERT INTO maatregelen_bedrag (snapshot_id, maatregel_id, soort, jaar, bedrag_cent)
VALUES (?, ?, ?, ?, ?);
