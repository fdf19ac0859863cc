import { AuditFilter } from "@crm/domain";

/** The audit viewer's filter as it lives in the URL: short keys. */
const KEYS = {
  actorId: "who",
  action: "action",
  entity: "type",
  entityId: "record",
  result: "result",
  ip: "ip",
  from: "from",
  to: "to",
} as const satisfies Record<keyof AuditFilter, string>;

/** Reads the URL; a malformed field is dropped rather than refused, so an old link still opens. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const out: Record<string, unknown> = {};
  for (const [key, short] of Object.entries(KEYS)) {
    const raw = params[short];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!value) continue;
    const parsed = AuditFilter.shape[key as keyof AuditFilter].safeParse(value);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out as AuditFilter;
}

export function auditSearchParams(filter: AuditFilter): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, short] of Object.entries(KEYS)) {
    const v = filter[key as keyof AuditFilter];
    if (v) p.set(short, String(v));
  }
  return p;
}
