-- SPDX-License-Identifier: EUPL-1.2
-- The loaded postcode → wijk table (migration 040), read once per file by the reader.
SELECT postcode, wijk_code FROM postcode_wijk
