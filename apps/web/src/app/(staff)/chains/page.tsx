import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { ChainList } from "./chain-list";

export async function generateMetadata() {
  return { title: (await getTranslations("chainMap"))("title") };
}

/** 产业链图谱: the chains, each with its nodes per tier, its weak and missing nodes and its gap loop. */
export default async function ChainsPage() {
  const { api } = await staffApi("chain.read");
  const chains = await api.chain.list();
  const t = await getTranslations("chainMap");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("hint")} />
      <ChainList chains={chains} />
    </div>
  );
}
