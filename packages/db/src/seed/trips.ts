import { enterpriseNameKey, type MeetingInterest } from "@crm/domain";
import { eq, or } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";
import type { ChainCode } from "./chains";

/**
 * 外出招商 demo: the trips of the report and one under way in the demo's today. The report dates
 * only the 天津/沧州 trip (2024-05-13); the others' days are chosen before the first stage of the
 * projects they led to (stories.ts), and their costs are invented. A meeting is linked to the
 * lead its enterprise already has in the demo (the meeting → lead link lives on the meeting).
 */
interface MeetingSpec {
  on: string;
  name: string;
  people?: string;
  interest: MeetingInterest;
  next?: string;
}
interface TripSpec {
  title: string;
  destinations: string[];
  startsOn: string;
  endsOn: string;
  purpose: string;
  chains: ChainCode[];
  members: string[];
  goals: [meetings: number, leads: number, signings: number];
  costWan?: string;
  debrief?: string;
  targets: string[];
  meetings: MeetingSpec[];
}

export const DEMO_TRIPS: TripSpec[] = [
  {
    title: "天津、沧州招商考察",
    destinations: ["天津", "沧州"],
    startsOn: "2024-05-13",
    endsOn: "2024-05-15",
    purpose: "对接衡阳商会，围绕钢管及深加工产业链下游招引深加工企业",
    chains: ["steel_pipe"],
    members: ["leader.vice", "bureau.lead", "bureau.staff"],
    goals: [3, 1, 1],
    costWan: "3.60",
    debrief: "与天津中鼎石油钻具深入洽谈，对方有意在蒸湘设立钻采专用管制造基地，列为重点跟进。",
    targets: ["天津中鼎石油钻具制造有限公司"],
    meetings: [
      {
        on: "2024-05-13",
        name: "天津中鼎石油钻具制造有限公司",
        people: "董事长、总经理",
        interest: "high",
        next: "邀请来蒸湘实地考察园区",
      },
    ],
  },
  {
    title: "北京、上海、苏州招商考察",
    destinations: ["北京", "上海", "苏州"],
    startsOn: "2024-06-03",
    endsOn: "2024-06-08",
    purpose: "区委书记、区长带队，推介“一单一图谱”，对接意向企业",
    chains: ["logistics", "commerce"],
    members: ["leader.secretary", "leader", "bureau.lead", "bureau.staff"],
    goals: [5, 4, 2],
    costWan: "8.20",
    debrief: "对接资源亿家、企商在线、联东U谷、森联集团四家意向企业，均同意进一步洽谈。",
    targets: [
      "资源亿家（北京）科技有限公司",
      "企商在线（北京）数据技术股份有限公司",
      "联东U谷投资管理有限公司",
      "森联集团有限公司",
    ],
    meetings: [
      { on: "2024-06-03", name: "资源亿家（北京）科技有限公司", interest: "high", next: "提供园区载体资料" },
      { on: "2024-06-04", name: "企商在线（北京）数据技术股份有限公司", interest: "medium", next: "算力中心选址对接" },
      { on: "2024-06-07", name: "联东U谷投资管理有限公司", interest: "high", next: "回访苏州项目" },
      { on: "2024-06-08", name: "森联集团有限公司", interest: "high", next: "考察太仓项目" },
    ],
  },
  {
    title: "重庆招商考察",
    destinations: ["重庆"],
    startsOn: "2024-09-24",
    endsOn: "2024-09-25",
    purpose: "考察大龙网跨境电商模式",
    chains: ["commerce"],
    members: ["leader.vice", "bureau.staff"],
    goals: [2, 1, 0],
    debrief: "大龙网有意布局跨境电商产业园，待其提出载体需求。",
    targets: ["重庆大龙网科技集团有限公司"],
    meetings: [{ on: "2024-09-24", name: "重庆大龙网科技集团有限公司", interest: "high", next: "提出载体需求" }],
  },
  {
    title: "苏州工业园区招商考察",
    destinations: ["苏州"],
    startsOn: "2026-11-23",
    endsOn: "2026-11-27",
    purpose: "对接长三角智能制造、现代物流企业，学习苏州工业园区招商经验",
    chains: ["logistics"],
    members: ["leader.vice", "bureau.staff", "zone.commerce"],
    goals: [6, 3, 1],
    targets: ["苏州汇川技术有限公司", "江苏物润船联网络股份有限公司"],
    meetings: [],
  },
];

/** The demo's trips, their delegations, targets and meetings, linked to the leads the demo already has. */
export async function insertTrips(
  db: Executor,
  units: Map<string, string>,
  chains: Map<string, string>,
  people: Map<string, string>,
) {
  const prospects = await db.select({ id: s.prospects.id, nameKey: s.prospects.nameKey }).from(s.prospects);
  for (const t of DEMO_TRIPS) {
    const [trip] = await db
      .insert(s.trips)
      .values({
        title: t.title,
        destinations: t.destinations,
        startsOn: t.startsOn,
        endsOn: t.endsOn,
        purpose: t.purpose,
        chainIds: t.chains.map((c) => chains.get(c)!),
        goalMeetings: t.goals[0],
        goalLeads: t.goals[1],
        goalSignings: t.goals[2],
        costWan: t.costWan ?? null,
        debrief: t.debrief ?? null,
        debriefedOn: t.debrief ? t.endsOn : null,
        status: t.debrief ? "done" : "planned",
        ownerUnitId: units.get("bureau")!,
        createdById: people.get("bureau.staff")!,
      })
      .returning({ id: s.trips.id });
    await db.insert(s.tripMembers).values(t.members.map((u) => ({ tripId: trip!.id, userId: people.get(u)! })));
    await db.insert(s.tripTargets).values(
      t.targets.map((name) => {
        const key = enterpriseNameKey(name);
        return {
          tripId: trip!.id,
          prospectId: prospects.find((p) => p.nameKey === key)?.id ?? null,
          enterpriseName: name,
          enterpriseKey: key,
        };
      }),
    );
    for (const m of t.meetings) {
      const key = enterpriseNameKey(m.name);
      const [lead] = await db
        .select({ id: s.leads.id })
        .from(s.leads)
        .leftJoin(s.enterprises, eq(s.enterprises.id, s.leads.enterpriseId))
        .where(or(eq(s.leads.enterpriseKey, key), eq(s.enterprises.nameKey, key)))
        .limit(1);
      await db.insert(s.tripMeetings).values({
        tripId: trip!.id,
        meetsOn: m.on,
        enterpriseName: m.name,
        enterpriseKey: key,
        people: m.people ?? null,
        interest: m.interest,
        nextStep: m.next ?? null,
        recordedById: people.get(t.members[t.members.length - 1]!)!,
        leadId: lead?.id ?? null,
      });
    }
  }
}
