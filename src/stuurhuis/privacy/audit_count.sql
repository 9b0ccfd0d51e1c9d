-- SPDX-License-Identifier: EUPL-1.2
-- How many records the audit trail holds.
SELECT count(*) FROM audit_log;
