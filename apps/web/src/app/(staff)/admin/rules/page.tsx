import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { ResponsePolicyForm } from "./response-policy-form";
import { ScoringRuleForm } from "./scoring-rule-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("rules") };
}

/** The bureau's response policy (task time limits) and the bulletin's scoring rule. */
export default async function RulesPage() {
  const { api } = await staffApi("policy.write");
  const { responsePolicy, scoringRule } = await api.settings.policies();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.rules")} description={t("rules.hint")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ResponsePolicyForm initial={responsePolicy} />
        <ScoringRuleForm initial={scoringRule} />
      </div>
    </div>
  );
}
