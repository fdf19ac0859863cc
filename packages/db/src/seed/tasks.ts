import {
  DEFAULT_RESPONSE_POLICY,
  DEFAULT_SCORING_RULE,
  DEMO_HOLIDAYS,
  DISPATCH_STAGES,
  type TaskPriority,
  type TaskReplyKind,
  type TaskStatus,
  type TaskSubject,
} from "@crm/domain";
import { eq, inArray } from "drizzle-orm";

import type { Executor } from "../client";
import * as s from "../schema";
import type { Username } from "./people";

/** The holiday calendar and the bureau's settings the demo district starts with. */
export async function insertCalendarAndSettings(db: Executor) {
  await db
    .insert(s.calendarDays)
    .values([
      ...DEMO_HOLIDAYS.holidays.map((day) => ({ day, working: false, note: "法定节假日" })),
      ...DEMO_HOLIDAYS.workdays.map((day) => ({ day, working: true, note: "调休上班" })),
    ]);
  await db.insert(s.settings).values([
    { key: "responsePolicy", value: DEFAULT_RESPONSE_POLICY },
    { key: "scoringRule", value: DEFAULT_SCORING_RULE },
  ]);
}

/**
 * A demo relaxation (like Demo@2024): no role must use a second factor, so the demo and the
 * end-to-end tests sign in with passwords alone. With no setting stored (seedStructure, a real
 * deployment) DEFAULT_SECOND_FACTOR_ROLES must; the security administrator turns it on here.
 */
export async function relaxSecondFactorForDemo(db: Executor) {
  await db.insert(s.settings).values({ key: "secondFactorPolicy", value: { requiredRoles: [] } });
}

interface TaskSpec {
  title: string;
  subject: TaskSubject;
  project?: string;
  unit: string;
  by: Username;
  assignedOn: string;
  dueOn: string;
  priority: TaskPriority;
  status: TaskStatus;
  replies: [Username, Exclude<TaskReplyKind, "cancel" | "rate">, string][];
  rating?: number;
}

const TASKS: TaskSpec[] = [
  {
    title: "金鼎钻采二期用地预审协调",
    subject: "project",
    project: "jinding",
    unit: "park",
    by: "bureau.lead",
    assignedOn: "2026-11-10",
    dueOn: "2026-11-30",
    priority: "high",
    status: "in_progress",
    replies: [["zone.park", "progress", "已与自然资源局对接，预审材料本周报送"]],
  },
  {
    title: "森联集团项目月底前拿出用地规划方案",
    subject: "instruction",
    project: "senlian",
    unit: "park",
    by: "leader",
    assignedOn: "2026-11-16",
    dueOn: "2026-11-26",
    priority: "high",
    status: "open",
    replies: [["leader", "progress", "森联集团项目加快推进用地规划，月底前拿出方案。"]],
  },
  {
    title: "众驰汽车二手车交易中心消防验收协调",
    subject: "project",
    project: "zhongchi",
    unit: "street",
    by: "bureau.lead",
    assignedOn: "2026-11-02",
    dueOn: "2026-11-18",
    priority: "normal",
    status: "open",
    replies: [],
  },
  {
    title: "乐麟幼儿园办学许可英文材料翻译公证",
    subject: "project",
    project: "lelin",
    unit: "edu",
    by: "bureau.lead",
    assignedOn: "2026-11-03",
    dueOn: "2026-12-04",
    priority: "normal",
    status: "reported",
    replies: [["dept.edu", "report", "已指导企业完成材料翻译公证并受理"]],
  },
  {
    title: "融冠亲小Mall开业后稳商走访",
    subject: "project",
    project: "rongguan",
    unit: "commerce",
    by: "bureau.lead",
    assignedOn: "2026-10-09",
    dueOn: "2026-10-30",
    priority: "normal",
    status: "done",
    replies: [
      ["zone.commerce", "report", "已走访，企业经营正常，反映停车位不足"],
      ["bureau.lead", "accept", "同意办结，停车问题转住建局"],
    ],
    rating: 5,
  },
];

export async function insertTasks(
  db: Executor,
  ids: { units: Map<string, string>; people: Map<string, string>; projects: Map<string, string> },
) {
  for (const t of TASKS) {
    const [task] = await db
      .insert(s.tasks)
      .values({
        title: t.title,
        subject: t.subject,
        projectId: t.project ? ids.projects.get(t.project)! : null,
        assigneeUnitId: ids.units.get(t.unit)!,
        assignedById: ids.people.get(t.by)!,
        assignedOn: t.assignedOn,
        dueOn: t.dueOn,
        priority: t.priority,
        status: t.status,
        rating: t.rating ?? null,
      })
      .returning({ id: s.tasks.id });
    if (t.replies.length) {
      await db
        .insert(s.taskReplies)
        .values(
          t.replies.map(([who, kind, body]) => ({ taskId: task!.id, authorId: ids.people.get(who)!, kind, body })),
        );
    }
  }
}

/** October's dispatch complete, November's under way: most of 园区 and 景区 updated, a few elsewhere. */
export async function insertMonthlyUpdates(db: Executor, people: Map<string, string>) {
  const open = await db
    .select({ id: s.projects.id, unitId: s.projects.responsibleUnitId, code: s.orgUnits.code })
    .from(s.projects)
    .innerJoin(s.orgUnits, eq(s.orgUnits.id, s.projects.responsibleUnitId))
    .where(inArray(s.projects.stage, [...DISPATCH_STAGES]))
    .orderBy(s.projects.name);
  const author = (code: string) => people.get(`zone.${code}`) ?? people.get("bureau.staff")!;
  const rows = open.flatMap((p, i) => {
    const october = {
      projectId: p.id,
      month: "2026-10-01",
      unitId: p.unitId,
      authorId: author(p.code),
      progress: "按计划推进，已与企业对接本月工作",
      nextPlan: "继续跟进",
    };
    const busy = p.code === "park" || p.code === "scenic";
    const november = (busy ? i % 5 !== 0 : i % 3 === 0)
      ? [{ ...october, month: "2026-11-01", progress: "本月完成一轮洽谈，推进手续办理" }]
      : [];
    return [october, ...november];
  });
  for (let i = 0; i < rows.length; i += 500) await db.insert(s.monthlyUpdates).values(rows.slice(i, i + 500));
}
