import type { z } from "zod";

/**
 * Inputs for a procedure, made from its zod schema so that a new procedure is walked the day it is
 * written: a base value with every required field filled, then one variant per optional field and
 * per value worth trying in it (every id of the fixture in an id field, every enum value, every
 * search term in a free-text field). Only variants the schema accepts are returned.
 */

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  element?: Schema;
  options?: Schema[];
  format?: string;
}
type Schema = z.ZodType & { _zod: { def: Def } };

export interface Seeds {
  /** Fixture ids by field name: `projectId` → the project, `id` → every id, … */
  idsFor(key: string): string[];
  /** Free-text values that must not find the fixture for a caller who is shown its code name. */
  searchTerms: string[];
  today: string;
}

export interface Variant {
  input: unknown;
  /** The variant types a search term: whatever it finds came from searching by a hidden name. */
  search: boolean;
}

const def = (s: Schema) => s._zod.def;

/** The schema under optional/nullable/default/pipe wrappers. */
function core(s: Schema): Schema {
  const d = def(s);
  if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(d.type))
    return core(d.innerType!);
  if (d.type === "pipe") return core(d.in!);
  return s;
}

const accepts = (s: Schema, v: unknown) => s.safeParse(v).success;
const first = (s: Schema, candidates: unknown[]) => candidates.find((v) => accepts(s, v));

/** Candidate values for one field, best guess first. */
function candidates(key: string, s: Schema, seeds: Seeds): { values: unknown[]; search: boolean } {
  const c = core(s);
  const d = def(c);
  switch (d.type) {
    case "string": {
      const ids = seeds.idsFor(key);
      if (d.format === "uuid" || ids.length) return { values: ids, search: false };
      // Free text takes the search terms; a formatted string (a day, a month, a year) takes today's.
      if (seeds.searchTerms.some((v) => accepts(s, v))) return { values: seeds.searchTerms, search: true };
      const dated = [seeds.today, seeds.today.slice(0, 7), seeds.today.slice(0, 4)];
      return { values: dated.filter((v) => accepts(s, v)), search: false };
    }
    case "number":
    case "int":
      return { values: [Number(seeds.today.slice(0, 4)), 50, 1, 0].filter((v) => accepts(s, v)), search: false };
    case "boolean":
      return { values: [true, false], search: false };
    case "enum":
      return { values: Object.values(d.entries ?? {}), search: false };
    case "literal":
      return { values: d.values ?? [], search: false };
    case "array": {
      const inner = candidates(key, d.element!, seeds);
      return { values: inner.values.map((v) => [v]), search: inner.search };
    }
    case "union":
      return {
        values: (d.options ?? []).flatMap((o) => candidates(key, o, seeds).values),
        search: false,
      };
    case "object": {
      const base = baseValue(c, seeds);
      return { values: base === undefined ? [] : [base], search: false };
    }
    default:
      return { values: [], search: false };
  }
}

/** An object with every required field filled, or undefined if one cannot be. */
function baseValue(s: Schema, seeds: Seeds): Record<string, unknown> | undefined {
  const shape = def(s).shape ?? {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    if (accepts(field, undefined)) continue;
    const value = first(field, candidates(key, field, seeds).values);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

export function variantsFor(schema: z.ZodType | undefined, seeds: Seeds): Variant[] {
  if (!schema) return [{ input: undefined, search: false }];
  const s = core(schema as Schema);
  const out: Variant[] = [];
  const push = (input: unknown, search: boolean) => {
    if (accepts(schema as Schema, input)) out.push({ input, search });
  };
  if (def(s).type !== "object") {
    push(undefined, false);
    for (const v of candidates("", s, seeds).values) push(v, false);
    return out;
  }
  const base = baseValue(s, seeds);
  if (base === undefined) return out;
  push(base, false);
  for (const [key, field] of Object.entries(def(s).shape ?? {})) {
    const { values, search } = candidates(key, field, seeds);
    for (const v of values) if (base[key] !== v) push({ ...base, [key]: v }, search);
  }
  return out;
}
