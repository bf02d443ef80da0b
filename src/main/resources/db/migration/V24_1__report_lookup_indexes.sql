-- #14 (province scale): a unit's reports of a month (its form, the month-end burst) and
-- the year's approved figures before it, without walking ten years of the unit's reports.
create index report_unit_period_idx on report (unit_id, period);
-- The review queue's keys: only the waiting reports, not every report of the projects.
create index report_submitted_idx on report (project_id, unit_id) where status = 'SUBMITTED';
