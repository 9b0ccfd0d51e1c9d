-- SPDX-License-Identifier: EUPL-1.2
-- Was the message (afzender, bericht_identificatie) loaded before?
SELECT count(*) > 0 AS is_bekend
FROM bericht
WHERE afzender = ? AND bericht_identificatie = ?
