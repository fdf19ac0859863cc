import { enterpriseNameKey, FOLLOW_UP_KINDS, type FollowUpKind, type LeadSource, type LeadStatus } from "@crm/domain";

import type { Executor } from "../client";
import * as s from "../schema";
import type { Username } from "./people";
import type { ProjectSpec } from "./spec";
import { ZONE_CODES } from "./units";
import { addDays, dayBetween, rng } from "./util";

/** Units that report leads, with the person who logs them. */
const REPORTERS: { unit: string; user: Username; source: LeadSource }[] = [
  { unit: "miit", user: "dept.miit", source: "department" },
  { unit: "culture", user: "dept.culture", source: "department" },
  { unit: "market", user: "dept.market", source: "department" },
  { unit: "land", user: "dept.land", source: "department" },
  { unit: "yumu", user: "town.yumu", source: "town" },
  { unit: "daiying", user: "town.daiying", source: "town" },
  { unit: "lianhe", user: "town.lianhe", source: "town" },
  { unit: "hongxiang", user: "town.hongxiang", source: "town" },
];

/** DOMAIN §6: 57 leads collected from departments and towns in 2024. */
export const LEADS_FROM_UNITS_2024 = 57;

interface Ids {
  units: Map<string, string>;
  people: Map<string, string>;
  enterprises: Map<string, string>;
  projects: Map<string, string>;
  chains: Map<string, string>;
}

interface Row {
  project?: ProjectSpec;
  enterpriseName: string;
  enterpriseKey?: string;
  reporter: (typeof REPORTERS)[number] | { unit: string; user: Username; source: LeadSource };
  reportedOn: string;
  status: Exclude<LeadStatus, "merged">;
  dropReason?: string;
  notes?: string;
}

/**
 * Leads behind the projects (the two stories' own, then 2024's from departments and towns, then
 * later ones), a few dropped or still open, and one lead reported twice and merged.
 */
export async function insertLeads(
  db: Executor,
  projects: readonly ProjectSpec[],
  enterpriseNames: Map<string, string>,
  ids: Ids,
) {
  const r = rng(57);
  const firstMove = (p: ProjectSpec) => p.moves[0]![1];
  const rows: Row[] = [];
  const story = (key: string) => projects.find((p) => p.key === key)!;
  rows.push({
    project: story("jinding"),
    enterpriseName: "天津中鼎石油钻具制造有限公司",
    reporter: { unit: "bureau", user: "bureau.staff", source: "leader_trip" },
    reportedOn: "2024-05-13",
    status: "converted",
    notes: "天津、沧州招商考察中接洽，钢管产业链下游深加工",
  });
  rows.push({
    project: story("meili"),
    enterpriseName: enterpriseNames.get("meili")!,
    reporter: { unit: "culture", user: "dept.culture", source: "event" },
    reportedOn: "2024-02-04",
    status: "converted",
    notes: "新春“湘商回归”活动，衡阳籍企业家刘萍在浙江经营文旅餐饮",
  });

  const in2024 = projects.filter(
    (p) =>
      !["jinding", "meili", "mishu"].includes(p.key) && firstMove(p) >= "2024-01-01" && firstMove(p) <= "2024-12-31",
  );
  const converted = in2024.slice(0, 47); // with 宜园 (文旅体局), the 8 not converted and 米墅: 57
  const in2024Day = (d: string) => (d < "2024-01-01" ? "2024-01-01" : d);
  converted.forEach((p, i) =>
    rows.push({
      project: p,
      enterpriseName: enterpriseNames.get(p.enterprise)!,
      reporter: REPORTERS[i % REPORTERS.length]!,
      reportedOn: in2024Day(addDays(firstMove(p), -r.int(2, 20))),
      status: "converted",
    }),
  );
  const openNames = [
    "衡阳恒远农机有限公司",
    "湖南楚韵文创有限公司",
    "长沙星河冷链物流有限公司",
    "株洲华威汽配有限公司",
    "衡阳湘南钢构有限公司",
    "岳阳洞庭渔业有限公司",
    "郴州安顺建材有限公司",
    "邵阳宝庆竹木有限公司",
  ];
  openNames.forEach((name, i) =>
    rows.push({
      enterpriseName: name,
      reporter: REPORTERS[(i * 3) % REPORTERS.length]!,
      reportedOn: dayBetween(r, "2024-03-01", "2024-12-20"),
      status: i < 5 ? "dropped" : "assigned",
      dropReason: i < 5 ? "企业暂无投资计划" : undefined,
    }),
  );
  // One enterprise reported by a town and a department: merged into one lead that keeps both.
  rows.push({
    project: story("mishu"),
    enterpriseName: enterpriseNames.get("mishu")!,
    reporter: { unit: "yumu", user: "town.yumu", source: "town" },
    reportedOn: "2024-01-10",
    status: "converted",
  });

  const later = projects.filter((p) => firstMove(p) >= "2025-01-01").slice(0, 30);
  later.forEach((p, i) =>
    rows.push({
      project: p,
      enterpriseName: enterpriseNames.get(p.enterprise)!,
      reporter: REPORTERS[(i + 2) % REPORTERS.length]!,
      reportedOn: addDays(firstMove(p), -r.int(1, 15)),
      status: "converted",
    }),
  );
  ["衡阳智联仓储有限公司", "湖南雁城茶业有限公司", "衡阳蒸湘夜市运营有限公司", "广州粤通新能源汽车有限公司"].forEach(
    (name, i) =>
      rows.push({
        enterpriseName: name,
        reporter: REPORTERS[(i * 5 + 1) % REPORTERS.length]!,
        reportedOn: dayBetween(r, "2026-09-01", "2026-11-20"),
        status: i < 2 ? "new" : "assigned",
      }),
  );

  const bureauLead = ids.people.get("bureau.lead")!;
  const zoneOf = (p?: ProjectSpec) => (p ? ids.units.get(p.zone)! : ids.units.get(r.pick(ZONE_CODES))!);
  for (const row of rows) {
    const unitId = ids.units.get(row.reporter.unit)!;
    const userId = ids.people.get(row.reporter.user)!;
    const assigned = row.status !== "new";
    const [lead] = await db
      .insert(s.leads)
      .values({
        enterpriseId: row.project ? ids.enterprises.get(row.project.enterprise)! : null,
        enterpriseName: row.enterpriseName,
        enterpriseKey: enterpriseNameKey(row.enterpriseName),
        source: row.reporter.source,
        reportingUnitId: unitId,
        reportedById: userId,
        reportedOn: row.reportedOn,
        chainId: row.project?.chain ? ids.chains.get(row.project.chain)! : null,
        intendedAmount: row.project?.plannedAmount ?? null,
        notes: row.notes ?? null,
        status: row.status,
        assigneeUnitId: assigned ? zoneOf(row.project) : null,
        assignedById: assigned ? bureauLead : null,
        assignedOn: assigned ? addDays(row.reportedOn, 1) : null,
        dueOn: assigned ? addDays(row.reportedOn, 30) : null,
        dropReason: row.dropReason ?? null,
        projectId: row.project && row.status === "converted" ? ids.projects.get(row.project.key)! : null,
      })
      .returning({ id: s.leads.id });
    await db.insert(s.leadReporters).values({ leadId: lead!.id, unitId, userId, reportedOn: row.reportedOn });
    if (row.project?.key === "mishu") {
      // The department reported it too, a week later: its lead was merged into the town's.
      await db.insert(s.leadReporters).values({
        leadId: lead!.id,
        unitId: ids.units.get("culture")!,
        userId: ids.people.get("dept.culture")!,
        reportedOn: "2024-01-17",
      });
    }
  }
}

const FOLLOW_UP_TEXT: Record<FollowUpKind, [string, string]> = {
  visit: ["上门走访企业，了解投资意向和选址需求", "整理选址方案"],
  call: ["电话沟通项目进展和手续办理情况", "跟进资料报送"],
  meeting: ["召开专班会研究项目推进问题", "协调部门解决用地问题"],
  negotiation: ["就投资强度、用地价格进行商务谈判", "修改合同条款，准备下一轮谈判"],
  note: ["记录企业最新诉求", "按需协调"],
};

/** A few follow-ups for each project past reserve, dated between its first move and today. */
export async function insertFollowUps(db: Executor, projects: readonly ProjectSpec[], ids: Ids, asOf: string) {
  const r = rng(99);
  const rows: (typeof s.followUps.$inferInsert)[] = [];
  for (const p of projects) {
    if (p.moves.length < 2 && p.moves[0]![0] !== "negotiating") continue;
    const start = p.moves[0]![1];
    const author = ids.people.get(p.contact ?? "bureau.staff")!;
    for (let i = r.int(1, 4); i > 0; i--) {
      const kind = r.pick(FOLLOW_UP_KINDS);
      const on = dayBetween(r, start, asOf < addDays(start, 400) ? asOf : addDays(start, 400));
      rows.push({
        projectId: ids.projects.get(p.key)!,
        kind,
        occurredOn: on,
        people: "企业负责人、专班干部",
        summary: FOLLOW_UP_TEXT[kind][0],
        nextStep: FOLLOW_UP_TEXT[kind][1],
        authorId: author,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(s.followUps).values(rows.slice(i, i + 500));
}
