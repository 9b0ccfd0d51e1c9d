-- SPDX-License-Identifier: EUPL-1.2
-- Value parsers of the ingest, as temporary macros (per connection, never stored).
-- sh_datum: ISO 2024-03-31, Dutch 31-03-2024 or 31/03/2024 (leading zeros optional);
--   impossible dates (30 February) and years outside 1900-2100 give NULL. The year range
--   is checked on the text, so the date is parsed once. Dutch dates go straight to
--   strptime: a failing TRY_CAST to DATE (which they always are) costs more than the parse.
-- sh_cent: euro text -> integer cents, rounded half away from zero. Decimal comma or
--   point; thousands separators only in unambiguous forms (1.234,56 / 1.234.567 /
--   1,234.56). A single point is a decimal point (1.234 = 1 euro 23,4 cent). Anything
--   else (letters, two decimal separators, empty) gives NULL, and so does an amount of a
--   trillion euros or more (DECIMAL(18, 6): DECIMAL(38, 6) is 128-bit and 50x slower).
-- sh_schoon: trimmed text, empty as NULL; trim() copies every value, so text that is all
--   ASCII and starts and ends without a space (trim would not change it) is kept as is.
CREATE OR REPLACE TEMP MACRO sh_schoon(t) AS (
    CASE
        WHEN t = '' THEN NULL
        WHEN NOT (prefix(t, ' ') OR suffix(t, ' ')) AND strlen(t) = length(t) THEN t
        ELSE nullif(trim(t), '')
    END
);

CREATE OR REPLACE TEMP MACRO sh_datum(t) AS (
    CASE
        WHEN regexp_full_match(t, '\d{1,2}[-/]\d{1,2}[-/](19\d{2}|20\d{2}|2100)')
            THEN CAST(try_strptime(t, ['%d-%m-%Y', '%d/%m/%Y']) AS DATE)
        WHEN regexp_full_match(t, '(19\d{2}|20\d{2}|2100)-\d{1,2}-\d{1,2}')
            THEN coalesce(TRY_CAST(t AS DATE), CAST(try_strptime(t, '%Y-%m-%d') AS DATE))
    END
);

CREATE OR REPLACE TEMP MACRO sh_bedrag_tekst(t) AS (
    CASE
        WHEN regexp_full_match(t, '[-+]?\d+(\.\d+)?') THEN t
        WHEN regexp_full_match(t, '[-+]?\d+,\d+') THEN replace(t, ',', '.')
        WHEN regexp_full_match(t, '[-+]?\d{1,3}(\.\d{3})+,\d+|[-+]?\d{1,3}(\.\d{3}){2,}')
            THEN replace(replace(t, '.', ''), ',', '.')
        WHEN regexp_full_match(t, '[-+]?\d{1,3}(,\d{3})+\.\d+') THEN replace(t, ',', '')
    END
);

CREATE OR REPLACE TEMP MACRO sh_cent(t) AS (
    CAST(
        round(
            TRY_CAST(sh_bedrag_tekst(replace(replace(t, '€', ''), ' ', '')) AS DECIMAL(18, 6))
            * 100
        ) AS BIGINT
    )
);

CREATE OR REPLACE TEMP MACRO sh_geheel(t) AS (
    CASE WHEN regexp_full_match(t, '[-+]?\d{1,18}') THEN CAST(t AS BIGINT) END
);
