-- Issue #14 benchmark: scales the dev default's demo database (the 2024 plan, 18 counties,
-- January to June 2024, as the portal itself seeds it) to a province: 200 county-level units
-- and ten plan years, 2015-2023 archived and 2024 in force. Set-based, in one transaction,
-- after Flyway migrated the schema and the portal loaded its plan, accounts and demo data.
-- Rows are what the application writes: report states and audit columns (submitted, reviewed,
-- updated by whom and when), versions, the reporting duties of ReportingDuties (a county its
-- shares, a lead department its 市本级 share, the first lead what is not split and the
-- milestones), allocations that add up to the targets.
-- Parameters: the temporary table bench_param (units, first_year), created by ScaledDatabase.
-- Deterministic: no random(), only arithmetic on indices.

-- ---------------------------------------------------------------- units and accounts
create temp table g_county as
select n, 'g' || lpad(n::text, 3, '0') as code,
       (array['安','宝','昌','承','大','定','阜','广','海','和','怀','黄','冀','晋','康','临',
              '隆','栾','宁','平','青','清','饶','容','沙','深','顺','泰','望','威','魏','文',
              '武','香','新','兴','雄','永','元','枣','赞','正','志','涿','宣','蔚','赤','崇'])[1 + (n - 1) % 48]
       || (array['安','城','川','东','丰','河','华','化','江','乐','林','龙','门','宁','平','泉',
                 '山','水','台','溪','西','阳','源','州'])[1 + ((n - 1) / 48 * 7 + (n - 1)) % 24]
       || (array['县','市','区'])[1 + n % 3] as name
from generate_series(1, (select units from bench_param)
                        - (select count(*) from unit where type = 'COUNTY')::int) n;

insert into unit (code, name, short_name, type, sort_order, active, version)
select g.code, g.name, g.name, 'COUNTY', m.max_sort + g.n, true, 0
from g_county g cross join (select max(sort_order) as max_sort from unit where type = 'COUNTY') m
order by g.n;

-- One reporting account per generated unit (username = unit code, as the demo accounts),
-- with the demo password's hash and the demo accounts' creation time.
insert into user_account (username, password_hash, display_name, role, unit_id, enabled, must_change_password,
                          failed_attempts, demo, created_at, version, password_changed_at)
select u.code, t.password_hash, u.name || '填报员', 'COUNTY', u.id, true, false, 0, true, t.created_at, 0,
       t.password_changed_at
from unit u join g_county g on g.code = u.code
cross join (select * from user_account where username = 'lunan') t;

-- 32 more coordinators (市发改委), one per virtual user of the concurrency measurement: every
-- virtual user has a session of its own (the security policy allows one per account).
insert into user_account (username, password_hash, display_name, role, unit_id, enabled, must_change_password,
                          failed_attempts, demo, created_at, version, password_changed_at)
select 'bfgw' || lpad(i::text, 2, '0'), t.password_hash, '市发改委调度员' || i, 'COORDINATOR', t.unit_id, true, false,
       0, true, t.created_at, 0, t.password_changed_at
from generate_series(1, 32) i cross join (select * from user_account where username = 'fgw') t;

-- Every county in sort order, with its index (salt of all the arithmetic below).
create temp table g_unit as
select u.id as unit_id, u.code, u.type, (row_number() over (order by u.type, u.sort_order))::int as idx,
       (u.code in (select code from g_county)) as generated,
       a.id as user_id
from unit u left join user_account a on a.username = u.code;

-- ---------------------------------------------------------------- 2024: the new counties' shares
-- A generated county gets the share of a real county (the n-th modulo 18) scaled by 0.6-1.4;
-- the city target then grows by the new shares (a province's plan), so a split that was whole
-- stays whole and the demo's one short split stays short.
create temp table g_scale as
select i.id as indicator_id, case when i.measure_unit in ('公里', '平方米') then 2 else 0 end as sc
from indicator i where i.kind = 'QUANTITATIVE';

create temp table g_real as
select u.unit_id, (row_number() over (order by u.idx) - 1)::int as r
from g_unit u where u.type = 'COUNTY' and not u.generated;

insert into allocation (indicator_id, unit_id, amount, updated_by, updated_at, version)
select a.indicator_id, gu.unit_id,
       round(a.amount * (0.6 + ((g.n * 29) % 81) / 100.0), s.sc),
       a.updated_by, a.updated_at, 0
from g_county g
join g_unit gu on gu.code = g.code
join g_real rc on rc.r = (g.n - 1) % (select count(*) from g_real)
join allocation a on a.unit_id = rc.unit_id
join g_scale s on s.indicator_id = a.indicator_id
where round(a.amount * (0.6 + ((g.n * 29) % 81) / 100.0), s.sc) > 0;

update indicator i set target = i.target + n.added
from (select a.indicator_id, sum(a.amount) as added
      from allocation a join g_unit u on u.unit_id = a.unit_id and u.generated
      group by a.indicator_id) n
where n.indicator_id = i.id;

-- ---------------------------------------------------------------- archived plan years
-- The 2024 plan's structure (groups, 25 projects, 31 + 10 indicators, leads) once per year.
insert into plan (plan_year, title, document_number, issuer, issued_on, basic_completion_due, full_completion_due,
                  coordinator_unit_id, report_deadline_day, preamble, imported_at, version, status, imported_by)
select y, replace(p.title, '2024', y::text), replace(p.document_number, '2024', y::text), p.issuer,
       make_date(y, 2, 2), make_date(y, 10, 31), make_date(y, 12, 31), p.coordinator_unit_id,
       p.report_deadline_day, replace(p.preamble, '2024', y::text),
       make_timestamptz(y, 1, 20, 10, 0, 0, 'Asia/Shanghai'), 0, 'ARCHIVED', p.imported_by
from plan p cross join generate_series((select first_year from bench_param), 2023) y
where p.plan_year = 2024;

create temp table g_year as
select id as plan_id, plan_year as year, 0.55 + 0.05 * (plan_year - 2015) as factor
from plan where plan_year between (select first_year from bench_param) and 2023;

insert into project_group (plan_id, group_no, name)
select y.plan_id, g.group_no, g.name
from project_group g join plan p on p.id = g.plan_id and p.plan_year = 2024 cross join g_year y;

insert into project (group_id, project_no, name, description)
select ng.id, pr.project_no, pr.name, replace(pr.description, '2024', y.year::text)
from project pr
join project_group og on og.id = pr.group_id
join plan p on p.id = og.plan_id and p.plan_year = 2024
cross join g_year y
join project_group ng on ng.plan_id = y.plan_id and ng.group_no = og.group_no;

create temp table g_project_map as
select pr.id as old_id, np.id as new_id, y.year, y.factor
from project pr
join project_group og on og.id = pr.group_id
join plan p on p.id = og.plan_id and p.plan_year = 2024
cross join g_year y
join project_group ng on ng.plan_id = y.plan_id and ng.group_no = og.group_no
join project np on np.group_id = ng.id and np.project_no = pr.project_no;

insert into project_lead (project_id, position, unit_id)
select m.new_id, l.position, l.unit_id from project_lead l join g_project_map m on m.old_id = l.project_id;

insert into indicator (project_id, position, name, kind, target, measure_unit, qualifier)
select m.new_id, i.position, i.name, i.kind,
       case when i.kind = 'QUANTITATIVE'
            then round(i.target * m.factor, coalesce(s.sc, 0)) end,
       i.measure_unit, i.qualifier
from indicator i join g_project_map m on m.old_id = i.project_id
left join g_scale s on s.indicator_id = i.id;

create temp table g_indicator_map as
select i.id as old_id, ni.id as new_id, m.year, m.factor, coalesce(s.sc, 0) as sc
from indicator i join g_project_map m on m.old_id = i.project_id
join indicator ni on ni.project_id = m.new_id and ni.position = i.position
left join g_scale s on s.indicator_id = i.id;

-- Each year's split: the 2024 split (all 200 counties and the 市本级 shares) times the year's
-- factor; the target is the sum (a whole split).
insert into allocation (indicator_id, unit_id, amount, updated_by, updated_at, version)
select m.new_id, a.unit_id, round(a.amount * m.factor, m.sc), a.updated_by,
       make_timestamptz(m.year, 2, 20, 16, 30, 0, 'Asia/Shanghai'), 0
from allocation a join g_indicator_map m on m.old_id = a.indicator_id
where round(a.amount * m.factor, m.sc) > 0;

update indicator i set target = s.total
from (select a.indicator_id, sum(a.amount) as total
      from allocation a join g_indicator_map m on m.new_id = a.indicator_id group by a.indicator_id) s
where s.indicator_id = i.id;

-- ---------------------------------------------------------------- who reports what
-- ReportingDuties for the archived years (every unit) and for the generated counties in 2024.
create temp table g_duty as
select d.*, pr.project_no, pg.group_no, pl.plan_year as year, i.position, i.kind, i.name as indicator_name,
       i.measure_unit, case when i.measure_unit in ('公里', '平方米') then 2 else 0 end as sc
from (
    select i.id as indicator_id, i.project_id, lead.unit_id,
           case when i.kind = 'QUANTITATIVE' then i.target end as amount
    from indicator i
    join lateral (select l.unit_id from project_lead l where l.project_id = i.project_id
                  order by l.position limit 1) lead on true
    where i.kind = 'MILESTONE' or not exists (select 1 from allocation a where a.indicator_id = i.id)
    union all
    select a.indicator_id, i.project_id, a.unit_id, a.amount
    from allocation a join indicator i on i.id = a.indicator_id join unit u on u.id = a.unit_id
    where a.amount > 0
      and (u.type = 'COUNTY'
           or exists (select 1 from project_lead l where l.project_id = i.project_id and l.unit_id = a.unit_id))
) d
join indicator i on i.id = d.indicator_id
join project pr on pr.id = d.project_id
join project_group pg on pg.id = pr.group_id
join plan pl on pl.id = pg.plan_id
join g_unit u on u.unit_id = d.unit_id
where pl.plan_year between (select first_year from bench_param) and 2023
   or (pl.plan_year = 2024 and u.generated);

-- The unit's projects of a year, numbered (k) as the form lists them.
analyze g_duty;
create temp table g_work as
select w.*, count(*) over (partition by w.year, w.unit_id) as nk
from (
    select d.year, d.unit_id, d.project_id, d.project_no, d.group_no, u.idx, u.type, u.user_id,
           (row_number() over (partition by d.year, d.unit_id order by d.group_no, d.project_no))::int as k
    from (select distinct year, unit_id, project_id, project_no, group_no from g_duty) d
    join g_unit u on u.unit_id = d.unit_id
) w;

-- Pace of a unit in a year (1 = on schedule), its state in the open month (2024-06), and who
-- reviews its reports (a county's: the project's first lead department; a department's: the
-- coordinator).
create temp table g_month as
select w.*, m, make_date(w.year, m, 1) as period,
       0.55 + ((w.idx * 37 + w.year * 11) % 70) / 100.0 as pace,
       (w.idx * 7 + w.k * 3 + m + w.year) as seed,
       case when w.type = 'DEPARTMENT' then (select user_id from g_unit where code = 'fgw')
            else rv.user_id end as reviewer
from g_work w
join (select distinct on (l.project_id) l.project_id, gu.user_id
      from project_lead l join g_unit gu on gu.unit_id = l.unit_id order by l.project_id, l.position) rv
  on rv.project_id = w.project_id
cross join generate_series(1, 12) m
where w.year < 2024 or m <= 6;
analyze g_month;

-- About one report in a hundred of a closed month was never sent.
delete from g_month where (year < 2024 or m < 6) and (idx * 31 + project_no * 17 + group_no * 7 + m * 13 + year) % 97 = 0;

-- The open month of the year in force: half of the counties sent all but their last project
-- (one in five has its first one returned), some sent half and keep two drafts, some keep two
-- drafts, the rest has not started. The last project of every county stays open: the month-end
-- burst of the benchmark submits it.
alter table g_month add column status varchar(20);
update g_month set status = 'APPROVED' where year < 2024 or m < 6;
update g_month set status = case
        when idx % 20 < 10 then case when k = nk then null
                                     when k = 1 and idx % 5 = 0 then 'RETURNED' else 'SUBMITTED' end
        when idx % 20 < 13 then case when k <= nk / 2 then 'SUBMITTED' when k <= nk / 2 + 2 and k < nk then 'DRAFT' end
        when idx % 20 < 16 then case when k <= 2 and k < nk then 'DRAFT' end
    end
where year = 2024 and m = 6;
delete from g_month where status is null;

-- Figures: the share done by the end of month m at the unit's pace (DemoData's curve), ±4% per
-- unit and indicator, floored with a fixed phase; milestones as a self-assessed percent.
create temp table g_value as
select gm.year, gm.unit_id, gm.project_id, gm.period, gm.m, d.indicator_id, d.position, d.kind, d.indicator_name,
       d.measure_unit, d.amount,
       case when d.kind = 'QUANTITATIVE' then
           round(floor(d.amount * (10::numeric ^ d.sc) * f.done + ((s.salt * 37) % 100) / 100.0) / (10::numeric ^ d.sc), 2) end
           as cumulative,
       case when d.kind = 'MILESTONE' then round(f.done * 100) end as percent
from g_month gm
join g_duty d on d.year = gm.year and d.unit_id = gm.unit_id and d.project_id = gm.project_id
cross join lateral (select gm.idx * 7 + gm.project_no * 5 + d.position * 13 as salt) s
cross join lateral (select greatest(0, least(1, least(gm.m, 10) / 10.0 * (0.85 + 0.03 * gm.m)
                                               * gm.pace * (1 + (s.salt % 9 - 4) / 100.0))) as done) f;
analyze g_value;

-- The first indicator's figure of each report, for its 进展情况 sentence.
create temp table g_first as
select distinct on (year, unit_id, project_id, m) *
from g_value order by year, unit_id, project_id, m, position;
analyze g_first;

-- ---------------------------------------------------------------- reports
create temp table g_text as
select * from (values
    (0, '部分点位受天气影响，施工进度略有放缓。', '加强调度，倒排工期，确保按期完成年度任务。'),
    (1, '个别项目前期手续办理周期较长。', '加快资金拨付，强化质量安全监管。'),
    (2, '项目资金需进一步加快拨付。', '加强宣传引导，及时做好台账整理和资料归档。'),
    (3, '基层工作人员力量相对不足。', '对照序时进度查漏补缺，确保进度稳步提升。'),
    (4, '暂无突出问题。', '加强调度，倒排工期，确保按期完成年度任务。'),
    (5, '项目开工较晚，整体进度落后于序时进度。', '成立工作专班集中攻坚，力争尽快赶上序时进度。'),
    (6, '配套资金尚未完全到位，影响施工进度。', '逐项目明确责任人和时间节点，每周调度一次进展。')
) t (i, problems, next_steps);

-- The project's own sentence, as the demo's reports of that project say it.
create temp table g_project_text as
select m.new_id as project_id, t.sentence
from (select distinct on (r.project_id) r.project_id, regexp_replace(r.progress_text, '^[^。]*。', '') as sentence
      from report r join unit u on u.id = r.unit_id and u.type = 'COUNTY'
      where r.progress_text is not null order by r.project_id, r.id) t
join (select old_id, new_id from g_project_map union select id, id from project) m on m.old_id = t.project_id;

insert into report (unit_id, project_id, period, status, progress_text, problems_text, next_steps_text,
                    investment_planned, investment_completed, first_submitted_at, submitted_at, submitted_by, late,
                    reviewed_at, reviewed_by, return_reason, updated_at, updated_by, version)
select gm.unit_id, gm.project_id, gm.period, gm.status,
       '截至' || gm.m || '月底，' || coalesce(
           case when v.kind = 'MILESTONE' then '自评完成' || v.percent || '%。'
                when v.cumulative = 0 then v.indicator_name || '年度任务' || trim_scale(v.amount) || v.measure_unit || '，尚无完工。'
                else v.indicator_name || '累计完成' || trim_scale(v.cumulative) || v.measure_unit || '，占年度任务的'
                     || round(v.cumulative * 100 / nullif(v.amount, 0), 1) || '%。' end, '')
           || coalesce(pt.sentence, '各项工作按计划有序推进。'),
       case when gm.status <> 'DRAFT' then tx.problems end,
       case when gm.status <> 'DRAFT' then tx.next_steps end,
       case when gm.seed % 3 = 0 then 100 + (gm.seed * 37) % 900 end,
       case when gm.seed % 3 = 0 then round((100 + (gm.seed * 37) % 900) * least(1, gm.m / 10.0), 2) end,
       t.submitted, t.submitted, case when gm.status <> 'DRAFT' then gm.user_id end,
       coalesce(t.submitted > t.deadline, false),
       t.reviewed, case when gm.status in ('APPROVED', 'RETURNED') then gm.reviewer end,
       case when gm.status = 'RETURNED' then (array['棚改安置房累计数与台账不一致，请核实后重新报送。',
                                                   '本月完成数与佐证材料不符，请补充现场照片后重新报送。',
                                                   '累计完成数低于上月审核数，请说明原因。'])[1 + gm.idx % 3] end,
       coalesce(t.reviewed, t.submitted, t.now - make_interval(hours => 1 + gm.seed % 20, mins => gm.seed % 47)),
       case when gm.status in ('APPROVED', 'RETURNED') then gm.reviewer else gm.user_id end,
       0
from g_month gm
join g_text tx on tx.i = case when gm.pace < 0.8 then 5 + (gm.idx + gm.k + gm.m) % 2 else (gm.idx + gm.k + gm.m) % 5 end
left join g_project_text pt on pt.project_id = gm.project_id
left join g_first v on v.year = gm.year and v.unit_id = gm.unit_id and v.project_id = gm.project_id and v.m = gm.m
cross join lateral (
    select make_timestamptz(2024, 7, 3, 9, 0, 0, 'Asia/Shanghai') as now,
           (gm.period + interval '1 month' + interval '5 days')::timestamp at time zone 'Asia/Shanghai' as deadline
) c
cross join lateral (
    select c.deadline, c.now,
           case when gm.status = 'DRAFT' then null
                when gm.m = 6 and gm.year = 2024 then c.now - make_interval(hours => 3 + gm.seed % 46, mins => gm.seed % 53)
                when gm.seed % 50 = 0 then c.deadline + interval '2 days 10 hours' + make_interval(mins => gm.seed % 50)
                else (gm.period + interval '1 month' + make_interval(days => gm.seed % 5, hours => 9 + gm.seed % 9,
                      mins => (gm.seed * 13) % 60))::timestamp at time zone 'Asia/Shanghai' end as submitted
) s0
cross join lateral (
    select s0.submitted, c.deadline, c.now,
           case when gm.status = 'APPROVED' then s0.submitted + make_interval(hours => 20 + gm.seed % 6, mins => gm.seed % 37)
                when gm.status = 'RETURNED' then least(s0.submitted + interval '2 hours', c.now) end as reviewed
) t;

insert into report_value (report_id, indicator_id, cumulative, percent_complete, over_confirmed)
select r.id, v.indicator_id, v.cumulative, v.percent, false
from g_value v join report r on r.unit_id = v.unit_id and r.project_id = v.project_id and r.period = v.period;

-- A late report of a closed month was sent under the coordinator's extension.
insert into extension (unit_id, period, until, reason, granted_by, granted_at)
select distinct on (r.unit_id, r.period) r.unit_id, r.period,
       ((r.period + interval '1 month' + interval '10 days')::timestamp at time zone 'Asia/Shanghai'),
       u.name || '填报人员调整，' || extract(month from r.period) || '月份报表未能按时报送，经申请同意延期。',
       (select user_id from g_unit where code = 'fgw'),
       ((r.period + interval '1 month' + interval '5 days 9 hours')::timestamp at time zone 'Asia/Shanghai')
from report r join g_unit gu on gu.unit_id = r.unit_id join unit u on u.id = r.unit_id
where r.late and (gu.generated or r.period < date '2024-01-01')
order by r.unit_id, r.period;

-- Evidence: a photo on about one report in 150 (a tiny PNG; real photos would be 1-3 MB).
insert into evidence (report_id, file_name, content_type, size_bytes, content, thumbnail, uploaded_by, uploaded_at)
select r.id, '现场照片' || r.id || '.png', 'image/png', length(p.png), p.png, p.png, r.submitted_by,
       r.submitted_at - interval '1 hour'
from report r
join g_unit gu on gu.unit_id = r.unit_id
cross join (select decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
                          'base64') as png) p
where r.submitted_by is not null and r.id % 150 = 0 and (gu.generated or r.period < date '2024-01-01');

-- The 18 real counties: one whose whole open month was sent keeps its last project open (as
-- the generated ones), so that every county has something to submit in the burst.
delete from report r
using (select w.unit_id, max(p.id) as project_id
       from report w join unit u on u.id = w.unit_id and u.type = 'COUNTY'
       join project p on p.id = w.project_id
       where w.period = date '2024-06-01'
         and not exists (select 1 from report o where o.unit_id = w.unit_id and o.period = date '2024-06-01'
                         and o.status in ('DRAFT', 'RETURNED'))
         and not (u.code in (select code from g_county))
       group by w.unit_id
       having count(*) = (select count(distinct a.project_id) from allocation al join indicator a on a.id = al.indicator_id
                          join project pp on pp.id = a.project_id join project_group g on g.id = pp.group_id
                          join plan pl on pl.id = g.plan_id and pl.plan_year = 2024
                          where al.unit_id = w.unit_id and al.amount > 0)) x
where r.unit_id = x.unit_id and r.project_id = x.project_id and r.period = date '2024-06-01';
