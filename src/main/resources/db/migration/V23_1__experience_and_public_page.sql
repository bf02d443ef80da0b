-- 典型经验: articles a county or a department writes about its work on a project of the
-- plan year (title, text, up to 6 photos). Draft → submitted → published by the coordinator,
-- or returned with a reason (the unit edits and submits again). The coordinator may mark
-- one for the next bulletin: issuing that bulletin freezes it into the bulletin's snapshot
-- and records the bulletin here, so the following bulletin does not repeat it.
create table experience (
    id              bigserial     primary key,
    plan_year       integer       not null,
    project_id      bigint        not null references project (id),
    unit_id         bigint        not null references unit (id),
    title           varchar(100)  not null,
    body            text          not null,
    status          varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED')),
    return_reason   text,
    for_bulletin    boolean       not null default false,
    -- The issued bulletin that carried the article (no foreign key: bulletins are the
    -- bulletin module's rows).
    bulletin_id     bigint,
    submitted_at    timestamptz,
    published_at    timestamptz,
    demo            boolean       not null default false,
    created_by      bigint        references user_account (id),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index experience_unit_idx on experience (unit_id, status);
create index experience_published_idx on experience (plan_year, status, published_at desc);

create table experience_photo (
    id             bigserial     primary key,
    experience_id  bigint        not null references experience (id) on delete cascade,
    file_name      varchar(200)  not null,
    content_type   varchar(50)   not null,
    size_bytes     integer       not null,
    content        bytea         not null,
    thumbnail      bytea,
    uploaded_by    bigint        references user_account (id),
    uploaded_at    timestamptz   not null
);
create index experience_photo_idx on experience_photo (experience_id, id);

-- 政务公开: whether /public shows a plan year, switched by the coordinator. The version
-- is part of the public pages' ETag.
create table public_page (
    plan_id     bigint       primary key references plan (id),
    enabled     boolean      not null default false,
    updated_by  bigint       references user_account (id),
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
