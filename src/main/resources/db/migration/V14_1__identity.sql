-- Issue #13 (13a): identity controls and separation of duties.

-- Password age, last login and failures since, two-factor secret.
alter table user_account add column password_changed_at timestamptz;
update user_account set password_changed_at = created_at;
alter table user_account alter column password_changed_at set not null;
alter table user_account add column last_login_at timestamptz;
alter table user_account add column last_login_ip varchar(64);
alter table user_account add column previous_login_at timestamptz;
alter table user_account add column previous_login_ip varchar(64);
alter table user_account add column failed_since_login integer not null default 0;
alter table user_account add column failed_before_last_login integer not null default 0;
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_enrolled_at timestamptz;

-- The last passwords of each account (hashes only), so that none is used again.
create table password_history (
    id            bigserial primary key,
    user_id       bigint       not null references user_account (id) on delete cascade,
    password_hash varchar(200) not null,
    changed_at    timestamptz  not null
);
create index password_history_user_idx on password_history (user_id, changed_at desc);

-- Two-factor recovery codes: shown once, kept as SHA-256 hashes, each usable once.
create table totp_recovery_code (
    id        bigserial primary key,
    user_id   bigint      not null references user_account (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamptz
);
create index totp_recovery_code_user_idx on totp_recovery_code (user_id);

-- The security administrator's password and session policy: one row.
create table security_policy (
    id                  integer     primary key check (id = 1),
    min_password_length integer     not null check (min_password_length between 8 and 64),
    password_max_age_days integer   not null check (password_max_age_days between 1 and 3650),
    password_history    integer     not null check (password_history between 1 and 24),
    max_sessions        integer     not null check (max_sessions between 1 and 10),
    updated_at          timestamptz,
    updated_by          varchar(40),
    version             bigint      not null default 0
);
insert into security_policy (id, min_password_length, password_max_age_days, password_history, max_sessions)
values (1, 8, 90, 5, 1);

-- 三员分立: the system administrator asks for a role (or a new administrative account),
-- the security administrator approves or rejects.
create table role_request (
    id             bigserial primary key,
    user_id        bigint      not null references user_account (id) on delete cascade,
    from_role      varchar(20),
    to_role        varchar(20) not null,
    kind           varchar(20) not null check (kind in ('CHANGE', 'NEW_ACCOUNT')),
    status         varchar(20) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by   varchar(40) not null,
    requested_at   timestamptz not null,
    decided_by     varchar(40),
    decided_at     timestamptz,
    version        bigint      not null default 0
);
create index role_request_status_idx on role_request (status, requested_at);
create unique index role_request_one_pending on role_request (user_id) where status = 'PENDING';
