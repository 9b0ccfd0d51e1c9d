-- SPDX-License-Identifier: EUPL-1.2
-- The period of every allocation, for the rule "claim period inside the allocation".
SELECT
    toewijzing_nummer,
    strftime(ingangsdatum, '%Y-%m-%d') AS ingangsdatum,
    strftime(einddatum, '%Y-%m-%d') AS einddatum
FROM toewijzing
