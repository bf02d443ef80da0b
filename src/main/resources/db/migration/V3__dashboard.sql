-- Progress settings of a plan (序时进度 per month, status thresholds). A plan without a
-- row uses the defaults: 10%, 20% … 100% by October; green up to 10 points behind,
-- yellow up to 30.
create table progress_settings (
    plan_id           bigint       primary key references plan (id),
    green_gap_points  numeric(5, 1) not null check (green_gap_points >= 0),
    red_gap_points    numeric(5, 1) not null,
    updated_by        bigint       references user_account (id),
    updated_at        timestamptz  not null,
    check (green_gap_points < red_gap_points)
);

create table expected_progress (
    plan_id  bigint        not null references progress_settings (plan_id) on delete cascade,
    month    smallint      not null check (month between 1 and 12),
    percent  numeric(5, 1) not null check (percent between 0 and 100),
    primary key (plan_id, month)
);

-- In-app notifications to a unit (e.g. a reminder to report a month).
create table notification (
    id          bigserial    primary key,
    unit_id     bigint       not null references unit (id),
    kind        varchar(40)  not null,
    period      date         check (extract(day from period) = 1),
    created_at  timestamptz  not null,
    created_by  bigint       references user_account (id)
);
create index notification_unit_idx on notification (unit_id, created_at desc);
