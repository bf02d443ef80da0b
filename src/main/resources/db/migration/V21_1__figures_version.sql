-- #14: the version of the data the dashboard's figures are computed from. Every change
-- that can move a figure (a report leaving or entering review, its values while it is not
-- a draft, an allocation, a unit, a plan year, its projects and indicators, the progress
-- settings) bumps it in the same transaction, by trigger, whatever writes it (service,
-- import, restore, SQL). The cache of computed figures is keyed by this version, so it is
-- never stale, on one node or many. A sequence gives the values: a rolled-back bump is
-- never reused.
create sequence figures_version_seq;

create table figures_version (
    id       smallint primary key check (id = 1),
    version  bigint   not null
);
insert into figures_version (id, version) values (1, nextval('figures_version_seq'));

create function figures_version_bump() returns trigger language plpgsql as $$
begin
    update figures_version set version = nextval('figures_version_seq') where id = 1;
    return null;
end
$$;

-- Tables of which every statement may move figures (a statement, not a row: bulk loads
-- bump once).
create trigger unit_figures_version after insert or update or delete or truncate on unit
    for each statement execute function figures_version_bump();
create trigger plan_figures_version after insert or update or delete or truncate on plan
    for each statement execute function figures_version_bump();
create trigger project_group_figures_version after insert or update or delete or truncate on project_group
    for each statement execute function figures_version_bump();
create trigger project_figures_version after insert or update or delete or truncate on project
    for each statement execute function figures_version_bump();
create trigger project_lead_figures_version after insert or update or delete or truncate on project_lead
    for each statement execute function figures_version_bump();
create trigger indicator_figures_version after insert or update or delete or truncate on indicator
    for each statement execute function figures_version_bump();
create trigger allocation_figures_version after insert or update or delete or truncate on allocation
    for each statement execute function figures_version_bump();
create trigger progress_settings_figures_version after insert or update or delete or truncate on progress_settings
    for each statement execute function figures_version_bump();
create trigger expected_progress_figures_version after insert or update or delete or truncate on expected_progress
    for each statement execute function figures_version_bump();

-- Reports: a draft counts as no report at all, so saving a draft (the month-end burst)
-- leaves the version alone; submitting, approving, returning, reopening bump it.
create function figures_version_report_inserted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where status <> 'DRAFT' or first_submitted_at is not null) then
        update figures_version set version = nextval('figures_version_seq') where id = 1;
    end if;
    return null;
end
$$;

create function figures_version_report_deleted() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows where status <> 'DRAFT' or first_submitted_at is not null) then
        update figures_version set version = nextval('figures_version_seq') where id = 1;
    end if;
    return null;
end
$$;

create function figures_version_report_updated() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows where status <> 'DRAFT' or first_submitted_at is not null)
            or exists (select 1 from new_rows where status <> 'DRAFT' or first_submitted_at is not null) then
        update figures_version set version = nextval('figures_version_seq') where id = 1;
    end if;
    return null;
end
$$;

create trigger report_inserted_figures_version after insert on report
    referencing new table as new_rows for each statement execute function figures_version_report_inserted();
create trigger report_updated_figures_version after update on report
    referencing old table as old_rows new table as new_rows
    for each statement execute function figures_version_report_updated();
create trigger report_deleted_figures_version after delete on report
    referencing old table as old_rows for each statement execute function figures_version_report_deleted();
create trigger report_truncated_figures_version after truncate on report
    for each statement execute function figures_version_bump();

-- A report's values: only those of a report that is not a draft are figures (approved)
-- or pending (submitted).
create function figures_version_value_changed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_rows v join report r on r.id = v.report_id
            where r.status <> 'DRAFT' or r.first_submitted_at is not null) then
        update figures_version set version = nextval('figures_version_seq') where id = 1;
    end if;
    return null;
end
$$;

create function figures_version_value_updated() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows v join report r on r.id = v.report_id
            where r.status <> 'DRAFT' or r.first_submitted_at is not null)
            or exists (select 1 from old_rows v join report r on r.id = v.report_id
            where r.status <> 'DRAFT' or r.first_submitted_at is not null) then
        update figures_version set version = nextval('figures_version_seq') where id = 1;
    end if;
    return null;
end
$$;

create trigger report_value_inserted_figures_version after insert on report_value
    referencing new table as changed_rows for each statement execute function figures_version_value_changed();
create trigger report_value_updated_figures_version after update on report_value
    referencing old table as old_rows new table as new_rows
    for each statement execute function figures_version_value_updated();
create trigger report_value_deleted_figures_version after delete on report_value
    referencing old table as changed_rows for each statement execute function figures_version_value_changed();
create trigger report_value_truncated_figures_version after truncate on report_value
    for each statement execute function figures_version_bump();
