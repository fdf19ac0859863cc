import { eq, schema, type Executor } from "@crm/db";
import { DEFAULT_RESPONSE_POLICY, WorkingCalendar, type ResponsePolicy } from "@crm/domain";

/** The working-day calendar from the days the admin keeps. */
export async function loadCalendar(db: Executor): Promise<WorkingCalendar> {
  const days = await db.select().from(schema.calendarDays);
  return new WorkingCalendar({ holidays: days.filter((d) => !d.working).map((d) => d.day), workdays: days.filter((d) => d.working).map((d) => d.day) });
}

/** The bureau's response policy, or the default until it sets one. */
export async function loadPolicy(db: Executor): Promise<ResponsePolicy> {
  const [row] = await db.select().from(schema.settings).where(eq(schema.settings.key, "responsePolicy"));
  return (row?.value as ResponsePolicy | undefined) ?? DEFAULT_RESPONSE_POLICY;
}
