-- Issue #13: the security audit trail (等保2.0 安全审计). Append-only: every entry carries
-- a SHA-256 hash over its own fields and the previous entry's hash, so an entry altered or
-- removed directly in the database breaks the chain; a trigger refuses UPDATE, DELETE and
-- TRUNCATE for every database user (only a superuser can disable it, which the
-- deployment must not grant to the application).
create sequence security_event_id_seq;

create table security_event (
    id bigint primary key,
    occurred_at timestamptz not null,
    username varchar(100),
    unit_id bigint,
    unit_name varchar(200),
    client_ip varchar(64),
    event_type varchar(40) not null,
    object_type varchar(40),
    object_id varchar(500),
    result varchar(10) not null check (result in ('SUCCESS', 'FAILURE')),
    reason varchar(2000),
    prev_hash char(64) not null,
    hash char(64) not null
);

-- The auditor's page lists the newest first, filtered by one or more columns: one index a
-- filter, each ordered as the page is, so a page is an index range scan on any size.
create index security_event_time on security_event (occurred_at desc, id desc);
create index security_event_user on security_event (username, occurred_at desc, id desc);
create index security_event_unit on security_event (unit_id, occurred_at desc, id desc);
create index security_event_type on security_event (event_type, occurred_at desc, id desc);
create index security_event_failure on security_event (occurred_at desc, id desc) where result = 'FAILURE';
create index security_event_object on security_event (object_type, object_id, occurred_at desc, id desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger security_event_append_only before update or delete on security_event
    for each row execute function refuse_audit_change();
create trigger security_event_no_truncate before truncate on security_event
    for each statement execute function refuse_audit_change();
