import { schema, type Executor } from "@crm/db";
import { WorkingCalendar } from "@crm/domain";

/** The working-day calendar from the days the system administrator keeps. */
export async function loadCalendar(db: Executor): Promise<WorkingCalendar> {
  const days = await db.select().from(schema.calendarDays);
  return new WorkingCalendar({
    holidays: days.filter((d) => !d.working).map((d) => d.day),
    workdays: days.filter((d) => d.working).map((d) => d.day),
  });
}
