-- Plan years (issue #11): a plan is a draft until the coordinator starts it, then the
-- year in force (one at a time), then archived (read-only) when the next one starts.
alter table plan add column status varchar(16) not null default 'ACTIVE'
    check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED'));
alter table plan add column imported_by varchar(60);

-- At most one year in force.
create unique index plan_one_active on plan (status) where status = 'ACTIVE';
