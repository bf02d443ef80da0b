-- Notifications are read per unit (everyone in the unit sees the same list) and lead
-- somewhere: the page the notification is about.
alter table notification add column read_at timestamptz;
alter table notification add column read_by bigint references user_account (id);
alter table notification add column link varchar(300);

-- Notifications sent before read state existed count as read: otherwise every old one would
-- turn up as unread, and repeated reminders of one month would break the unique index below.
update notification set read_at = created_at;

create index notification_unread_idx on notification (unit_id) where read_at is null;

-- A deadline notice is sent once per unit and month, however often it is checked.
create unique index notification_deadline_once_idx on notification (unit_id, kind, period)
    where kind = 'DEADLINE_SOON';

-- A coordinator's reminder is not repeated while the unit has not read the last one: a
-- second reminder refreshes the first.
create unique index notification_reminder_unread_idx on notification (unit_id, kind, period)
    where kind = 'REPORT_REMINDER' and read_at is null;

-- The progress settings form is refused when someone saved in between (optimistic lock).
alter table progress_settings add column version bigint not null default 0;
