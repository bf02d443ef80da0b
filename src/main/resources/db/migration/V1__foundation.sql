-- Units: the county-level units that report and the city departments that lead projects.
create table unit (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(100) not null,
    short_name  varchar(40)  not null,
    type        varchar(20)  not null check (type in ('COUNTY', 'DEPARTMENT')),
    sort_order  integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0
);

-- A plan is one year's programme of livelihood projects.
create table plan (
    id                    bigserial primary key,
    plan_year             integer      not null unique,
    title                 varchar(200) not null,
    document_number       varchar(60),
    issuer                varchar(100),
    issued_on             date,
    basic_completion_due  date         not null,
    full_completion_due   date         not null,
    coordinator_unit_id   bigint       not null references unit (id),
    report_deadline_day   integer      not null default 5 check (report_deadline_day between 1 and 28),
    preamble              text,
    imported_at           timestamptz  not null,
    version               bigint       not null default 0
);

create table project_group (
    id        bigserial primary key,
    plan_id   bigint       not null references plan (id),
    group_no  integer      not null,
    name      varchar(100) not null,
    unique (plan_id, group_no)
);

create table project (
    id           bigserial primary key,
    group_id     bigint       not null references project_group (id),
    project_no   integer      not null,
    name         varchar(100) not null,
    description  text         not null,
    unique (group_id, project_no)
);

-- Lead (responsible) departments of a project, in the order the plan names them.
create table project_lead (
    project_id  bigint  not null references project (id),
    position    integer not null,
    unit_id     bigint  not null references unit (id),
    primary key (project_id, position),
    unique (project_id, unit_id)
);
create index project_lead_unit_idx on project_lead (unit_id);

create table indicator (
    id            bigserial primary key,
    project_id    bigint        not null references project (id),
    position      integer       not null,
    name          varchar(200)  not null,
    kind          varchar(20)   not null check (kind in ('QUANTITATIVE', 'MILESTONE')),
    target        numeric(14, 2),
    measure_unit  varchar(20),
    qualifier     varchar(20) check (qualifier in ('APPROXIMATELY', 'ABOUT', 'AT_LEAST')),
    unique (project_id, position),
    check ((kind = 'QUANTITATIVE' and target is not null and target >= 0 and measure_unit is not null)
        or (kind = 'MILESTONE' and target is null and qualifier is null))
);

create table user_account (
    id                    bigserial primary key,
    username              varchar(40)  not null unique,
    password_hash         varchar(200) not null,
    display_name          varchar(60)  not null,
    role                  varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'DEPARTMENT', 'COUNTY', 'LEADER')),
    unit_id               bigint       not null references unit (id),
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    failed_attempts       integer      not null default 0,
    locked_until          timestamptz,
    demo                  boolean      not null default false,
    created_at            timestamptz  not null,
    version               bigint       not null default 0
);
create index user_account_unit_idx on user_account (unit_id);
