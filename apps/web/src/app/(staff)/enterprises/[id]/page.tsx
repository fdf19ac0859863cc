import { can } from "@crm/domain";
import { Badge, Card, CardBody, CardHeader, Fact, FactList, PageHeader } from "@crm/ui";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { formatters } from "~/components/format";
import { HistoryList } from "~/components/history-list";
import { Tabs } from "~/components/tabs";
import { StageBadge } from "~/components/stage-badge";
import { idParam, orNotFound, staffApi } from "~/server/guard";

import { CreateAccount } from "./create-account";

export async function generateMetadata() {
  return { title: (await getTranslations("enterprises"))("title") };
}

/** An enterprise: its record, its projects in the reader's scope, and its portal accounts. */
export default async function EnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParam((await params).id);
  const { user, api } = await staffApi("enterprise.read");
  const [e, history] = await orNotFound(Promise.all([api.enterprise.byId({ id }), api.enterprise.history({ id })]));
  const t = await getTranslations();
  const f = formatters(await getLocale());
  const facts: [string, string][] = [
    [t("projects.creditCode"), e.creditCode ?? "—"],
    [t("enterprises.industry"), e.industry ?? "—"],
    [t("enterprises.origin"), e.origin ?? "—"],
    [t("enterprises.aboveScale"), e.aboveScaleSince ? f.date(e.aboveScaleSince) : "—"],
    [t("enterprises.contact"), [e.contactName, e.contactPhone].filter(Boolean).join(" ") || "—"],
  ];
  return (
    <div className="space-y-4">
      <PageHeader
        title={e.name}
        badges={e.tags.includes("fortune500") ? <Badge tone="amber">{t("projectTags.fortune500")}</Badge> : null}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <CardBody>
              <FactList>
                {facts.map(([k, v]) => (
                  <Fact key={k} term={k}>
                    {v}
                  </Fact>
                ))}
              </FactList>
            </CardBody>
          </Card>
          <Card>
            <Tabs
              label={e.name}
              tabs={[
                {
                  id: "projects",
                  label: t("enterprises.projects"),
                  content: (
                    <ul className="divide-y divide-slate-100">
                      {e.projects.map((p) => (
                        <li key={p.id} className="flex items-center justify-between gap-2 px-4 py-2 text-sm">
                          <Link href={`/projects/${p.id}`} className="text-brand-700 hover:underline">
                            {p.name}
                          </Link>
                          <span className="flex items-center gap-2 text-xs text-slate-500">
                            {p.unit} <StageBadge stage={p.stage} />
                          </span>
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { id: "changes", label: t("history.title"), content: <HistoryList entries={history} /> },
              ]}
            />
          </Card>
        </div>
        <Card>
          <CardHeader title={t("enterprises.accounts")} description={t("enterprises.accountsHint")} />
          <CardBody className="space-y-4">
            {e.accounts.length === 0 ? <p className="text-sm text-slate-500">{t("enterprises.noAccounts")}</p> : null}
            <ul className="space-y-2 text-sm">
              {e.accounts.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {a.displayName} <span className="font-mono text-xs text-slate-500">{a.username}</span>
                  </span>
                  {a.disabled ? (
                    <Badge tone="red">{t("admin.disabled")}</Badge>
                  ) : a.mustChangePassword ? (
                    <Badge tone="amber">{t("enterprises.awaitingFirst")}</Badge>
                  ) : (
                    <Badge tone="green">{t("admin.active")}</Badge>
                  )}
                </li>
              ))}
            </ul>
            {can(user.role, "enterprise.write") ? <CreateAccount enterpriseId={e.id} /> : null}
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
