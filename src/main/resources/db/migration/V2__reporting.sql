-- Task split (任务分解): a lead department splits a quantitative indicator's city target
-- across the counties and a 市本级 share (allocated to the department itself).
create table allocation (
    id            bigserial primary key,
    indicator_id  bigint         not null references indicator (id),
    unit_id       bigint         not null references unit (id),
    amount        numeric(14, 2) not null check (amount >= 0),
    updated_by    bigint         references user_account (id),
    updated_at    timestamptz    not null,
    version       bigint         not null default 0,
    unique (indicator_id, unit_id)
);
create index allocation_unit_idx on allocation (unit_id);

-- A monthly report: one unit, one project, one month.
create table report (
    id                    bigserial primary key,
    unit_id               bigint       not null references unit (id),
    project_id            bigint       not null references project (id),
    period                date         not null check (extract(day from period) = 1),
    status                varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    progress_text         text,
    problems_text         text,
    next_steps_text       text,
    investment_planned    numeric(14, 2) check (investment_planned >= 0),
    investment_completed  numeric(14, 2) check (investment_completed >= 0),
    first_submitted_at    timestamptz,
    submitted_at          timestamptz,
    submitted_by          bigint       references user_account (id),
    late                  boolean      not null default false,
    reviewed_at           timestamptz,
    reviewed_by           bigint       references user_account (id),
    return_reason         text,
    updated_at            timestamptz  not null,
    updated_by            bigint       references user_account (id),
    version               bigint       not null default 0,
    unique (unit_id, project_id, period)
);
create index report_period_idx on report (period, status);
create index report_project_idx on report (project_id, period);

-- One indicator's figure in a report: cumulative since 1 January (quantitative) or a
-- self-assessed percent complete (milestone).
create table report_value (
    id                  bigserial primary key,
    report_id           bigint         not null references report (id) on delete cascade,
    indicator_id        bigint         not null references indicator (id),
    cumulative          numeric(14, 2) check (cumulative >= 0),
    percent_complete    numeric(5, 2)  check (percent_complete between 0 and 100),
    correction_reason   text,
    over_confirmed      boolean        not null default false,
    unique (report_id, indicator_id)
);
create index report_value_indicator_idx on report_value (indicator_id);

-- Evidence (photos, PDFs) kept in the database with the report, so a backup holds all.
create table evidence (
    id            bigserial primary key,
    report_id     bigint       not null references report (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(50)  not null,
    size_bytes    integer      not null,
    content       bytea        not null,
    thumbnail     bytea,
    uploaded_by   bigint       references user_account (id),
    uploaded_at   timestamptz  not null
);
create index evidence_report_idx on evidence (report_id);

-- A coordinator's permission for one unit to report a closed month late.
create table extension (
    id          bigserial primary key,
    unit_id     bigint       not null references unit (id),
    period      date         not null check (extract(day from period) = 1),
    until       timestamptz  not null,
    reason      text         not null,
    granted_by  bigint       references user_account (id),
    granted_at  timestamptz  not null
);
create index extension_unit_period_idx on extension (unit_id, period);

-- Who changed what, when, from where: every value and state change of reported data.
create table audit_entry (
    id            bigserial primary key,
    at            timestamptz  not null,
    user_id       bigint,
    username      varchar(40),
    unit_id       bigint,
    ip            varchar(64),
    action        varchar(40)  not null,
    report_id     bigint,
    indicator_id  bigint,
    target_unit_id bigint,
    field         varchar(40),
    old_value     text,
    new_value     text,
    reason        text
);
create index audit_entry_report_idx on audit_entry (report_id, at);
create index audit_entry_indicator_idx on audit_entry (indicator_id, target_unit_id);
