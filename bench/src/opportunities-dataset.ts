import type postgres from "postgres";

/**
 * 一单一图谱 at scale (issue 14's benchmark): one chain of 300 nodes (30 parents per tier with
 * sub-nodes, each linked to the next), 20,000 enterprises here spread over its nodes, 5,000 target
 * enterprises and 50,000 carriers over every zone, a third of them plants and buildings with four
 * spaces each.
 */
export const OPPORTUNITY_DATASET = {
  chainNodes: 300,
  nodeEnterprises: 20_000,
  prospects: 5_000,
  carriers: 50_000,
  spacesPerBuilding: 4,
} as const;

export const BENCH_CHAIN_CODE = "bench_chain";

export async function generateOpportunities(sql: postgres.Sql) {
  const { chainNodes, nodeEnterprises, prospects, carriers, spacesPerBuilding } = OPPORTUNITY_DATASET;
  const [chain] = await sql<{ id: string }[]>`
    insert into chain (code, name, name_en, sort) values (${BENCH_CHAIN_CODE}, '基准产业链', 'Benchmark chain', 99)
    returning id`;
  const chainId = chain!.id;
  // 30 parent nodes per tier (90), then 210 sub-nodes under them: 300 in all.
  await sql`
    insert into chain_node (chain_id, tier, name, sort)
    select ${chainId}, (array['upstream','midstream','downstream']::chain_tier[])[1 + (g - 1) / 30], '环节' || g, g
    from generate_series(1, 90) g`;
  await sql`
    with parents as (select id, row_number() over (order by sort) as n, tier from chain_node where chain_id = ${chainId})
    insert into chain_node (chain_id, tier, parent_id, name, sort)
    select ${chainId}, p.tier, p.id, '子环节' || g, 100 + g
    from generate_series(1, ${chainNodes - 90}::int) g join parents p on p.n = 1 + (g % 90)`;
  await sql`
    with n as (select id, row_number() over (order by sort, id) as k from chain_node where chain_id = ${chainId})
    insert into chain_node_link (from_node_id, to_node_id)
    select a.id, b.id from n a join n b on b.k = a.k + 1`;
  // Enterprises here: the project generator's enterprises, over the nodes (some nodes stay empty: 缺).
  await sql`
    with n as (select id, row_number() over (order by sort, id) as k from chain_node where chain_id = ${chainId}),
         e as (select id, row_number() over (order by id) as k from enterprise limit ${nodeEnterprises}::int)
    insert into chain_node_enterprise (node_id, enterprise_id)
    select n.id, e.id from e join n on n.k = 1 + (e.k % ${chainNodes - 20}::int)`;
  const owner = (await sql<{ id: string }[]>`select id from org_unit where code = 'park'`)[0]!.id;
  await sql`
    with n as (select id, row_number() over (order by sort, id) as k from chain_node where chain_id = ${chainId})
    insert into prospect (name, name_key, name_initials, chain_id, node_id, size_band, tags, hq_region, tip_source,
                          risk_points, owner_unit_id, verified_on, status)
    select '目标企业' || g, '目标企业' || g, 'mbqy' || g, ${chainId}, n.id,
           (array['small','medium','large','giant']::prospect_size_band[])[1 + g % 4],
           case when g % 3 = 0 then array['listed','high_tech'] else array['specialized'] end,
           (array['广东','浙江','北京','上海','湖南'])[1 + g % 5], '外出招商', g % 4, ${owner},
           date '2026-11-01' - (g % 200), 'open'
    from generate_series(1, ${prospects}::int) g join n on n.k = 1 + (g % ${chainNodes}::int)`;
  await sql`
    with z as (select id, row_number() over (order by sort, id) as k from org_unit where kind = 'zone'),
         zc as (select count(*)::int as c from z)
    insert into carrier (kind, code, name, zone_id, chain_id, location_text, area_mu, floor_area_sqm, planned_use,
                         plot_ratio, intensity_wan_per_mu, price_wan_per_mu, supply_state, readiness, rent_yuan_per_sqm,
                         state, owner_unit_id, verified_on)
    select k.kind, 'BENCH-' || g, '基准载体' || g, z.id, ${chainId}, '基准位置' || g,
           case when k.kind in ('land','scenic') then round((5 + (g * 37) % 400)::numeric, 2) end,
           case when k.kind = 'shop' then round((50 + (g * 13) % 2000)::numeric, 2) end,
           (array['工业','商业','仓储','文旅'])[1 + g % 4],
           case when k.kind = 'land' then 1.2 + (g % 20) / 10.0 end,
           case when k.kind = 'land' then 200 + g % 300 end,
           case when k.kind = 'land' then 15 + g % 40 end,
           case when k.kind = 'land' then (array['reserved','ready','approved_unsupplied','contracted','under_construction']::land_supply_state[])[1 + g % 5] end,
           case when k.kind = 'land' then (array['three','seven']::land_readiness[])[1 + g % 2] end,
           case when k.kind = 'shop' then 30 + g % 120 end,
           (array['available','available','available','in_talks','taken']::carrier_state[])[1 + g % 5],
           z.id, date '2026-11-01' - (g % 200)
    from generate_series(1, ${carriers}::int) g
    cross join zc
    join z on z.k = 1 + (g % zc.c)
    cross join lateral (select (array['land','factory','building','shop','scenic']::carrier_kind[])[1 + g % 5] as kind) k`;
  await sql`
    insert into carrier_space (carrier_id, label, floor, area_sqm, clear_height_m, floor_load_t, power_kva,
                               freight_lift, rent_yuan_per_sqm, state)
    select c.id, s || '层', s, 500 + (abs(hashtext(c.code)) % 5000), 4 + (s % 8), 0.5 + (s % 4) * 0.5,
           200 + (abs(hashtext(c.code)) % 2000), s % 2 = 0, 12 + s,
           (array['free','let','reserved']::space_state[])[1 + (abs(hashtext(c.code)) + s) % 3]
    from carrier c cross join generate_series(1, ${spacesPerBuilding}::int) s
    where c.kind in ('factory','building') and c.code like 'BENCH-%'`;
  await sql`
    with n as (select id, row_number() over (order by sort, id) as k from chain_node where chain_id = ${chainId}),
         c as (select id, row_number() over (order by code) as k from carrier where code like 'BENCH-%')
    insert into carrier_node (carrier_id, node_id)
    select c.id, n.id from c join n on n.k = 1 + (c.k % ${chainNodes}::int)`;
  return chainId;
}
