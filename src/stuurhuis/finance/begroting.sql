-- SPDX-License-Identifier: EUPL-1.2
-- Budget lines of one year; the amended amount replaces the primitive one when present.
SELECT taakveld, begrotingspost, wet, primitief_cent,
       coalesce(gewijzigd_cent, primitief_cent) AS begroting_cent
FROM begroting
WHERE jaar = $jaar
