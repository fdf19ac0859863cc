import { can, Month, monthOf, todayInShanghai, Uuid } from "@crm/domain";
import { Card, CardBody, CardHeader, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { staffApi } from "~/server/guard";

import { DispatchForm } from "./dispatch-form";
import { StaleItems } from "./stale-items";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("dispatch") };
}

/** 月度调度: a task force posts each open project's monthly update; the bureau sees who has and who has not. */
export default async function DispatchPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string; unit?: string }>;
}) {
  const { user, api } = await staffApi("project.write");
  const sp = await searchParams;
  const month = Month.safeParse(sp.month).success ? sp.month! : monthOf(todayInShanghai());
  const unitId = Uuid.safeParse(sp.unit).success ? sp.unit : undefined;
  const t = await getTranslations();
  const f = formatters(await getLocale());

  // The overview of every unit is a permission of the table, held only by district-wide roles (rules.test.ts).
  if (!unitId && can(user.role, "dispatch.overview")) {
    const overview = await api.dispatch.overview({ month });
    return (
      <div className="space-y-4">
        <PageHeader title={t("dispatch.overviewTitle", { month: f.month(month) })} />
        <div className="grid gap-4 lg:grid-cols-2">
          {overview.map((u) => (
            <Card key={u.unitId}>
              <CardHeader
                title={u.unitName}
                description={t("dispatch.unitLine", {
                  updated: u.updated.length,
                  total: u.updated.length + u.notUpdated.length,
                })}
                action={
                  <Link
                    href={`/dispatch?unit=${u.unitId}&month=${month}`}
                    className="text-sm text-brand-700 hover:underline"
                  >
                    {t("dispatch.open")}
                  </Link>
                }
              />
              <CardBody>
                {u.notUpdated.length ? (
                  <>
                    <p className="mb-1 text-xs font-medium text-red-700">{t("dispatch.notUpdated")}</p>
                    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                      {u.notUpdated.map((p) => (
                        <li key={p.id}>
                          <Link href={`/projects/${p.id}`} className="text-slate-700 hover:text-brand-700">
                            {p.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="text-sm text-green-700">{t("dispatch.allUpdated")}</p>
                )}
              </CardBody>
            </Card>
          ))}
        </div>
      </div>
    );
  }

  const [list, stale] = await Promise.all([api.dispatch.unit({ month, unitId }), api.dispatch.stale({ unitId })]);
  const done = list.filter((p) => p.update).length;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("dispatch.unitTitle", { month: f.month(month) })}
        description={
          <span role="status">
            {t("dispatch.progressLine", { done, total: list.length })} · {t("dispatch.keyboardHint")}
          </span>
        }
      />
      <StaleItems
        stale={stale}
        canConfirm={{ carriers: can(user.role, "opportunity.write"), prospects: can(user.role, "prospect.write") }}
      />
      <DispatchForm month={month} projects={list} />
    </div>
  );
}
