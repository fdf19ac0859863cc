import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { CreateLinkForm } from "./create-link-form";
import { LinkList } from "./link-list";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("shareLinks") };
}

/** 推介链接: the bureau makes investor links to the opportunity list or a chain's map, and revokes them. */
export default async function ShareLinksPage() {
  const { api } = await staffApi("share.manage");
  const [links, chains, zones] = await Promise.all([api.share.list(), api.org.chains(), api.org.zones()]);
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.shareLinks")} description={t("share.manage.hint")} />
      <CreateLinkForm
        chains={chains}
        zones={zones}
        lastContact={links[0]?.contactLine ?? ""}
        openIds={links.filter((l) => l.open).map((l) => l.id)}
      />
      <LinkList links={links} />
    </div>
  );
}
