-- Progress bulletins (进展情况通报). A draft keeps its editable text; issuing gives it the
-- plan's next number (第N期) and freezes the text and every figure as they were, so an
-- issued bulletin never reads live data again.
create table bulletin (
    id          bigserial    primary key,
    plan_id     bigint       not null references plan (id),
    period      date         not null check (extract(day from period) = 1),
    status      varchar(20)  not null check (status in ('DRAFT', 'ISSUED')),
    number      integer      check (number > 0),
    texts       jsonb        not null,
    figures     jsonb,
    demo        boolean      not null default false,
    created_by  bigint       references user_account (id),
    created_at  timestamptz  not null,
    updated_by  bigint       references user_account (id),
    updated_at  timestamptz  not null,
    issued_by   bigint       references user_account (id),
    issued_at   timestamptz,
    version     bigint       not null default 0,
    unique (plan_id, number),
    check ((status = 'ISSUED') = (number is not null and issued_at is not null and figures is not null))
);
create index bulletin_issued_idx on bulletin (status, issued_at desc);

-- The last number given per plan. Issuing updates this row, which locks it until the
-- issue commits: two issues at once get consecutive numbers, and a number once given
-- is never given again (issued bulletins are never deleted).
create table bulletin_counter (
    plan_id      bigint   primary key references plan (id),
    last_number  integer  not null default 0
);

-- When a user last opened the bulletin list: the home page lists what was issued since.
create table bulletin_visit (
    user_id     bigint       primary key references user_account (id),
    visited_at  timestamptz  not null
);
