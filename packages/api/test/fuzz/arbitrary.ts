import fc from "fast-check";
import { z } from "zod";

/**
 * fast-check values for a procedure's zod input, read off its JSON Schema: mostly what the schema
 * allows (so calls get past validation and reach the services and SQL), mixed with what an
 * attacker sends (NUL and control characters, SQL and path text, ids that name nothing, malformed
 * dates, cursors and numbers, wrong types, extra keys).
 */
type Json = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  prefixItems?: Json[];
  anyOf?: Json[];
  oneOf?: Json[];
  allOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | Json;
};

const DANGLING = "00000000-0000-4000-8000-000000000000";

/** Ids that exist in the fuzzed database (set before the run), so that calls reach their rows. */
export const knownIds: string[] = [];
const uuid = () =>
  knownIds.length
    ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...knownIds) }, fc.constant(DANGLING), fc.uuid({ version: 4 }))
    : fc.oneof(fc.uuid({ version: 4 }), fc.constant(DANGLING));
const hostileString = fc.constantFrom(
  "\u0000",
  "金鼎\u0000",
  "'; drop table app_user; --",
  "%' or '1'='1",
  "\\",
  "../../etc/passwd",
  "\ud800",
  "2026-02-30",
  "9999-99-99",
  "not-a-uuid",
  DANGLING,
  "eyJ2IjoiXHUwMDAwIn0",
  "x".repeat(5000),
  "",
  " ",
  "<script>alert(1)</script>",
  "NaN",
  "-1",
);
const hostileAny = fc.oneof(
  hostileString,
  fc.constantFrom(null, -1, 0, 1e308, -0, 2 ** 53, true, [], {}, { __proto__: null }),
  fc.anything({ maxDepth: 2 }),
);

function scalar(s: Json): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case "string":
      if (s.format === "uuid") return uuid();
      if (s.format === "date")
        return fc
          .date({ min: new Date("2000-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (s.format === "date-time")
        return fc
          .date({ min: new Date("2000-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (s.format === "email") return fc.emailAddress();
      if (s.pattern) {
        try {
          return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 200));
        } catch {
          /* a pattern fast-check cannot read: plain strings below */
        }
      }
      return fc.string({ unit: "grapheme", minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 200) });
    case "integer":
      // Versions and counts are small: mostly values a row has.
      if ((s.minimum ?? 0) >= 0) {
        const min = s.minimum ?? 0;
        const max = s.maximum ?? 100_000;
        return fc.oneof(
          { weight: 3, arbitrary: fc.integer({ min, max: Math.max(min, Math.min(max, 6)) }) },
          fc.integer({ min, max }),
        );
      }
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
    case "number":
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e12, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 1 });
  }
}

export function arbitraryFor(schema: Json, depth = 0): fc.Arbitrary<unknown> {
  const wellFormed = ((): fc.Arbitrary<unknown> => {
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants?.length) return fc.oneof(...variants.map((v) => arbitraryFor(v, depth + 1)));
    if (schema.allOf?.length) return arbitraryFor(schema.allOf[0]!, depth + 1);
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    if (type === "object" || schema.properties) {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) record[k] = arbitraryFor(v, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in props) });
    }
    if (type === "array") {
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((v) => arbitraryFor(v, depth + 1)));
      return fc.array(schema.items ? arbitraryFor(schema.items, depth + 1) : fc.anything({ maxDepth: 1 }), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 6),
      });
    }
    return scalar(schema);
  })();
  // At the top and in each field, now and then a value no schema allows.
  return fc.oneof({ weight: depth === 0 ? 6 : 12, arbitrary: wellFormed }, { weight: 1, arbitrary: hostileAny });
}

/** The JSON Schema of a procedure's input, as the caller sends it. */
export function inputJsonSchema(input: unknown): Json {
  if (!(input instanceof z.ZodType)) return {};
  try {
    return z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as Json;
  } catch {
    return {};
  }
}
