-- SPDX-License-Identifier: EUPL-1.2
-- Code and name of every wijk, to label the wijk tables.
SELECT gebied_code AS wijk, naam AS wijknaam FROM gebied WHERE soort = 'wijk';
