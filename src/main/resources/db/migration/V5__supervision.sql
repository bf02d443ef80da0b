-- Supervision orders (督办单): the coordinator's written demand to a unit about a lagging
-- indicator, numbered per plan year (唐民生督〔2024〕3号), answered by the unit with
-- measures and evidence, closed or sent back by the coordinator.

-- The last number given out per year. The row is locked (select … for update) while an
-- order takes the next number, so two orders never get the same one; numbers are never
-- reused, even if an order is later withdrawn.
create table supervision_counter (
    plan_year    integer  primary key,
    last_number  integer  not null check (last_number >= 0)
);

create table supervision_order (
    id                 bigserial    primary key,
    plan_year          integer      not null,
    number             integer      not null check (number > 0),
    unit_id            bigint       not null references unit (id),
    project_id         bigint       not null references project (id),
    indicator_id       bigint       not null references indicator (id),
    problem            text         not null,
    requirement        text         not null,
    deadline           date         not null,
    status             varchar(20)  not null check (status in ('OPEN', 'ANSWERED', 'RETURNED', 'CLOSED')),
    -- The indicator's standing for the unit when the order was issued (a snapshot).
    issued_month       date         check (extract(day from issued_month) = 1),
    issued_rate        numeric(7, 1),
    issued_expected    numeric(5, 1),
    issued_light       varchar(20),
    answer             text,
    answered_at        timestamptz,
    return_reason      text,
    closing_remark     text,
    overdue_notified_at timestamptz,
    demo               boolean      not null default false,
    created_by         bigint       references user_account (id),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    unique (plan_year, number)
);
create index supervision_order_unit_idx on supervision_order (unit_id, status);
create index supervision_order_status_idx on supervision_order (status, deadline);

-- Every step of an order: issued, answered, returned, closed, reminded; who, when, text.
create table supervision_event (
    id          bigserial    primary key,
    order_id    bigint       not null references supervision_order (id) on delete cascade,
    action      varchar(20)  not null,
    status      varchar(20)  not null,
    actor_id    bigint       references user_account (id),
    actor_name  varchar(100),
    unit_name   varchar(100),
    at          timestamptz  not null,
    text        text,
    deadline    date
);
create index supervision_event_order_idx on supervision_event (order_id, at);

-- Evidence of an answer (photos, PDFs), kept in the database like report evidence.
create table supervision_evidence (
    id            bigserial    primary key,
    order_id      bigint       not null references supervision_order (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(50)  not null,
    size_bytes    integer      not null,
    content       bytea        not null,
    thumbnail     bytea,
    uploaded_by   bigint       references user_account (id),
    uploaded_at   timestamptz  not null
);
create index supervision_evidence_order_idx on supervision_evidence (order_id);
