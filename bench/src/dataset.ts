import type postgres from "postgres";

/** The size of the benchmark's district network (issue: 100,000 projects, 1,000,000 follow-ups, 100 districts). */
export const DATASET = { districts: 100, projects: 100_000, followUps: 1_000_000 } as const;

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
  await sql`analyze`;
}
