-- 问题清单: problems a county or a department cannot solve alone and raises for the city's
-- help, numbered per plan year (唐民生问〔2024〕3号), dispatched by the coordinator to a
-- responsible unit, answered with evidence and confirmed solved (销号) by the raising unit.

-- The kinds of problem (资金, 用地, …): a list the coordinator edits. A kind in use is
-- never deleted, only retired (active = false).
create table problem_kind (
    id        bigserial    primary key,
    name      varchar(20)  not null unique,
    position  integer      not null,
    active    boolean      not null default true
);
insert into problem_kind (name, position) values
    ('资金', 1), ('用地', 2), ('审批手续', 3), ('环保', 4), ('施工', 5), ('其他', 6);

-- The last number given out per year, locked while a problem takes the next one; numbers
-- are never reused.
create table problem_counter (
    plan_year    integer  primary key,
    last_number  integer  not null check (last_number >= 0)
);

create table problem (
    id                   bigserial     primary key,
    plan_year            integer       not null,
    number               integer       not null check (number > 0),
    project_id           bigint        not null references project (id),
    kind_id              bigint        not null references problem_kind (id),
    title                varchar(100)  not null,
    description          text          not null,
    raised_by_unit_id    bigint        not null references unit (id),
    -- The unit asked for help; null: the coordinator is to decide.
    asked_unit_id        bigint        references unit (id),
    wanted_by            date          not null,
    responsible_unit_id  bigint        references unit (id),
    deadline             date,
    requirement          text,
    answer               text,
    answered_at          timestamptz,
    last_reason          text,
    status               varchar(30)   not null
        check (status in ('PENDING', 'IN_PROGRESS', 'AWAITING_CONFIRMATION', 'CLOSED')),
    closed_at            timestamptz,
    overdue_notified_at  timestamptz,
    demo                 boolean       not null default false,
    created_by           bigint        references user_account (id),
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    unique (plan_year, number),
    check (status = 'PENDING' or responsible_unit_id is not null or status = 'CLOSED')
);
create index problem_raised_idx on problem (raised_by_unit_id, status);
create index problem_responsible_idx on problem (responsible_unit_id, status);
create index problem_status_idx on problem (status, deadline);

-- Every step: raised, assigned, answered, confirmed, not solved, closed, reopened, reminded.
create table problem_event (
    id          bigserial    primary key,
    problem_id  bigint       not null references problem (id) on delete cascade,
    action      varchar(20)  not null,
    status      varchar(30)  not null,
    actor_id    bigint       references user_account (id),
    actor_name  varchar(100),
    unit_name   varchar(100),
    at          timestamptz  not null,
    text        text,
    deadline    date
);
create index problem_event_problem_idx on problem_event (problem_id, at);

-- Attachments of the raising unit (RAISED) and evidence of the answer (ANSWER).
create table problem_file (
    id            bigserial    primary key,
    problem_id    bigint       not null references problem (id) on delete cascade,
    stage         varchar(10)  not null check (stage in ('RAISED', 'ANSWER')),
    file_name     varchar(200) not null,
    content_type  varchar(50)  not null,
    size_bytes    integer      not null,
    content       bytea        not null,
    thumbnail     bytea,
    uploaded_by   bigint       references user_account (id),
    uploaded_at   timestamptz  not null
);
create index problem_file_problem_idx on problem_file (problem_id);
