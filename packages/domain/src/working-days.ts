/**
 * Working days (DOMAIN §2a): Monday to Friday, less the public holidays, plus the make-up working
 * days (调休) that fall on a weekend. The admin keeps both lists; time limits count in these days.
 */
export interface HolidayCalendar {
  /** Days off that would otherwise be working days (YYYY-MM-DD). */
  holidays: readonly string[];
  /** Weekend days that are working days (调休), YYYY-MM-DD. */
  workdays: readonly string[];
}

const toUtc = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!);
};
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export class WorkingCalendar {
  private readonly off: ReadonlySet<string>;
  private readonly on: ReadonlySet<string>;

  constructor(calendar: HolidayCalendar) {
    this.off = new Set(calendar.holidays);
    this.on = new Set(calendar.workdays);
  }

  isWorkingDay(date: string): boolean {
    if (this.on.has(date)) return true;
    if (this.off.has(date)) return false;
    const weekday = new Date(toUtc(date)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The n-th working day after `start` (start itself not counted); n = 0 gives start. */
  addWorkingDays(start: string, n: number): string {
    if (n < 0 || !Number.isInteger(n)) throw new RangeError("n must be a whole number ≥ 0");
    let ms = toUtc(start);
    for (let left = n; left > 0;) {
      ms += DAY;
      if (this.isWorkingDay(fromUtc(ms))) left--;
    }
    return fromUtc(ms);
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let ms = toUtc(from) + DAY; ms <= toUtc(to); ms += DAY) if (this.isWorkingDay(fromUtc(ms))) n++;
    return n;
  }
}

/**
 * The national holiday arrangements the demo district starts with (国务院办公厅 notices for 2025
 * and 2026); the admin keeps later years.
 */
export const DEMO_HOLIDAYS: HolidayCalendar = {
  holidays: [
    "2025-01-01",
    "2025-01-28",
    "2025-01-29",
    "2025-01-30",
    "2025-01-31",
    "2025-02-03",
    "2025-02-04",
    "2025-04-04",
    "2025-05-01",
    "2025-05-02",
    "2025-05-05",
    "2025-06-02",
    "2025-10-01",
    "2025-10-02",
    "2025-10-03",
    "2025-10-06",
    "2025-10-07",
    "2025-10-08",
    "2026-01-01",
    "2026-01-02",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-02-23",
    "2026-04-06",
    "2026-05-01",
    "2026-05-04",
    "2026-05-05",
    "2026-06-19",
    "2026-09-25",
    "2026-10-01",
    "2026-10-02",
    "2026-10-05",
    "2026-10-06",
    "2026-10-07",
  ],
  workdays: [
    "2025-01-26",
    "2025-02-08",
    "2025-04-27",
    "2025-09-28",
    "2025-10-11",
    "2026-01-04",
    "2026-02-14",
    "2026-02-28",
    "2026-05-09",
    "2026-09-20",
    "2026-10-10",
  ],
};
