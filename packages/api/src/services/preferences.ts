import { and, eq, schema } from "@crm/db";
import { PREFERENCES, type PreferenceKey } from "@crm/domain";
import type { z } from "zod";

import type { AuthedContext } from "../context";
import { badRequest } from "../errors";

const { userPreferences } = schema;

export async function getPreference<K extends PreferenceKey>(
  ctx: AuthedContext,
  input: { key: K },
): Promise<z.infer<(typeof PREFERENCES)[K]> | null> {
  const { db, user } = ctx;
  const { key } = input;
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, user.id), eq(userPreferences.key, key)));
  const parsed = PREFERENCES[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as z.infer<(typeof PREFERENCES)[K]>) : null;
}

/** A user's own display choice: no version (last write wins) and no audit row, as it changes nothing shared. */
export async function setPreference(ctx: AuthedContext, input: { key: keyof typeof PREFERENCES; value: unknown }) {
  const { db, user } = ctx;
  const { key, value } = input;
  const result = PREFERENCES[key].safeParse(value);
  if (!result.success) throw badRequest("invalidInput");
  const parsed = result.data;
  await db
    .insert(userPreferences)
    .values({ userId: user.id, key, value: parsed })
    .onConflictDoUpdate({
      target: [userPreferences.userId, userPreferences.key],
      set: { value: parsed, updatedAt: new Date() },
    });
  return parsed;
}
