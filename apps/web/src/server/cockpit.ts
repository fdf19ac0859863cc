import { TRPCError } from "@trpc/server";
import { forbidden } from "next/navigation";

import { cockpitParams } from "~/lib/cockpit-params";
import { staffApi } from "~/server/guard";

type Params = Promise<Record<string, string | string[] | undefined>>;

/** The cockpit's data for the page or the big screen: the caller's filters from the URL, in its scope. */
export async function loadCockpit(searchParams: Params) {
  const { api } = await staffApi("dashboard.read");
  const { input, years } = cockpitParams(await searchParams);
  // A zone task force asking for another zone's cockpit is refused by the server: the 403 page.
  const data = await api.cockpit.overview(input).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "FORBIDDEN") forbidden();
    throw e;
  });
  const zoneName = data.zones.find((z) => z.id === data.zoneId)?.name ?? null;
  /** The same filters as a query string, to switch between the page and the big screen. */
  const query = new URLSearchParams({
    year: String(data.year),
    ...(input.zoneId ? { zone: input.zoneId } : {}),
    ...(data.chainId ? { chain: data.chainId } : {}),
  }).toString();
  return { data, years, zoneName, query };
}
