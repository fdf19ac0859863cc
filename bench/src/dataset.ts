import type postgres from "postgres";

/**
 * The size of the benchmark's district network (issue: 100,000 projects, 1,000,000 follow-ups,
 * 100 districts), with what the cockpit reads besides: funds posted monthly, tasks, approvals, requests.
 */
export const DATASET = {
  districts: 100,
  projects: 100_000,
  followUps: 1_000_000,
  tasks: 200_000,
  approvals: 300_000,
  requests: 50_000,
} as const;

/**
 * Fills a migrated database that holds one demo district (units, chains, people) with 99 more
 * districts' worth of units and the projects, enterprises, stage events and follow-ups, in SQL:
 * generate_series does in seconds what row-by-row inserts would do in minutes.
 */
export async function generate(sql: postgres.Sql) {
  const { districts, projects, followUps } = DATASET;
  await sql`
    insert into org_unit (code, name, short_name, name_en, kind, sort)
    select 'd' || d || '-' || u.code, u.name || '（' || d || '区）', u.short_name, u.name_en, u.kind, u.sort + d * 100
    from org_unit u cross join generate_series(2, ${districts}::int) d
    where u.code not like 'd%-%'`;
  await sql`
    insert into enterprise (name, name_key, name_initials, credit_code, tags)
    select '基准企业' || g || '有限公司', '基准企业' || g, 'jzqy' || g, null, '{}'
    from generate_series(1, ${projects}::int) g`;
  // Projects: 90% in the pipeline (10% paused or lost), spread over every zone of every district.
  await sql`
    with zones as (select id, row_number() over (order by sort, id) as n from org_unit where kind = 'zone'),
         zc as (select count(*) as c from zones),
         ents as (select id, row_number() over (order by id) as n from enterprise where name like '基准企业%'),
         stages as (select array['planned','reserve','negotiating','signed','registered','under_construction','in_production','operating']::stage[] as pipeline)
    insert into project (name, name_initials, enterprise_id, zone_id, responsible_unit_id, stage, planned_amount, signed_amount, signed_on, updated_at, tags)
    select '基准项目' || e.n, 'jzxm' || e.n, e.id, z.id, z.id,
           case when e.n % 10 = 0 then (case when e.n % 20 = 0 then 'lost' else 'paused' end)::stage else s.pipeline[1 + (e.n * 7919) % 8] end,
           round((random() * 100000)::numeric, 2),
           case when (e.n * 7919) % 8 >= 3 and e.n % 10 <> 0 then round((random() * 100000)::numeric, 2) end,
           case when (e.n * 7919) % 8 >= 3 and e.n % 10 <> 0 then date '2021-01-01' + (random() * 2100)::int end,
           now() - (random() * interval '1000 days'),
           '{}'
    from ents e cross join zc cross join stages s
    join zones z on z.n = 1 + (e.n % zc.c)`;
  await sql`
    insert into stage_event (project_id, from_stage, to_stage, occurred_on, note)
    select id, null, stage, coalesce(signed_on, date '2023-01-01'), '基准数据' from project where name like '基准项目%'`;
  const author = (await sql<{ id: string }[]>`select id from app_user where username = 'zone.park'`)[0]!.id;
  await cockpitRows(sql, author);
  // One million follow-ups, in batches so that no one statement holds too much.
  const batch = 200_000;
  for (let done = 0; done < followUps; done += batch) {
    await sql`
      with p as (select id, row_number() over (order by id) as n from project where name like '基准项目%')
      insert into follow_up (project_id, kind, occurred_on, people, summary, next_step, author_id)
      select p.id, (array['visit','call','meeting','negotiation','note']::follow_up_kind[])[1 + g % 5],
             date '2022-01-01' + (g % 1400), '企业负责人', '基准跟进记录 ' || g, '继续跟进', ${author}
      from generate_series(${done + 1}::int, ${done + batch}::int) g
      join p on p.n = 1 + (g % ${projects}::int)`;
  }
  // As autovacuum would leave a loaded database: statistics, and the visibility map index-only scans need.
  await sql`vacuum analyze`;
}

/**
 * What the cockpit reads beyond projects: landing days, 到位资金 month by month, tasks (some
 * overdue), approvals (decided ones with their days), enterprise requests (some unresolved).
 */
async function cockpitRows(sql: postgres.Sql, author: string) {
  const { tasks, approvals, requests } = DATASET;
  await sql`
    update project set registered_on = signed_on + 30
    where signed_on is not null and stage in ('registered','under_construction','in_production','operating')`;
  // Ten months of funds for every project building or producing: about 370,000 postings.
  await sql`
    insert into fund_posting (project_id, month, amount)
    select p.id, make_date(2026, m, 1), round((coalesce(p.signed_amount, 1000) * (5 + (m * 7) % 21) / 1000)::numeric, 2)
    from project p cross join generate_series(1, 10) m
    where p.stage in ('under_construction','in_production','operating') and p.name like '基准项目%'`;
  await sql`
    with p as (select id, zone_id, row_number() over (order by id) as n from project where name like '基准项目%')
    insert into task (title, subject, project_id, assignee_unit_id, assigned_by_id, assigned_on, due_on, priority, status)
    select '基准督办事项 ' || g, 'project', p.id, p.zone_id, ${author}, date '2026-01-01' + (g % 300), date '2026-01-15' + (g % 330),
           'normal', (array['open','in_progress','reported','done','cancelled']::task_status[])[1 + g % 5]
    from generate_series(1, ${tasks}::int) g join p on p.n = 1 + (g % ${DATASET.projects}::int)`;
  await sql`
    with p as (select id, row_number() over (order by id) as n from project where name like '基准项目%'),
         d as (select id, row_number() over (order by sort, id) as n from org_unit where kind = 'department'),
         dc as (select count(*) as c from d)
    insert into approval (project_id, item, department_id, status, started_on, submitted_on, decided_on, time_limit_days, due_on)
    select p.id, '基准审批事项', d.id, (array['submitted','in_review','approved','approved','rejected']::approval_status[])[1 + g % 5],
           date '2025-01-01' + (g % 600), date '2025-01-05' + (g % 600),
           case when g % 5 >= 2 then date '2025-01-05' + (g % 600) + (g % 40) end, 20, date '2025-02-01' + (g % 600)
    from generate_series(1, ${approvals}::int) g cross join dc
    join p on p.n = 1 + (g % ${DATASET.projects}::int)
    join d on d.n = 1 + (g % dc.c)`;
  await sql`
    with p as (select id, enterprise_id, row_number() over (order by id) as n from project where name like '基准项目%')
    insert into service_request (enterprise_id, project_id, category, title, description, status, raised_by_id)
    select p.enterprise_id, p.id, 'other', '基准诉求 ' || g, '基准数据', (array['submitted','assigned','resolved','resolved']::request_status[])[1 + g % 4], ${author}
    from generate_series(1, ${requests}::int) g join p on p.n = 1 + (g % ${DATASET.projects}::int)`;
}
