-- SPDX-License-Identifier: EUPL-1.2
INSERT INTO maatregelen_snapshot
    (snapshot_id, peildatum, label, gemeente, eenheid, bestand, sha256, geimporteerd_op,
     programma_json)
VALUES (nextval('maatregelen_snapshot_id_seq'), $peildatum, $label, $gemeente, $eenheid,
        $bestand, $sha256, current_timestamp, $programma_json)
RETURNING snapshot_id;
