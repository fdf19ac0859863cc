import { PageHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { staffApi } from "~/server/guard";

import { ProspectWeightsForm } from "./prospect-weights-form";
import { ResponsePolicyForm } from "./response-policy-form";
import { ScoringRuleForm } from "./scoring-rule-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("rules") };
}

/** The bureau's response policy (task time limits), the bulletin's scoring rule and the target enterprises' weights. */
export default async function RulesPage() {
  const { api } = await staffApi("policy.write");
  const { responsePolicy, scoringRule, prospectWeights } = await api.settings.policies();
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <PageHeader title={t("nav.rules")} description={t("rules.hint")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ResponsePolicyForm initial={responsePolicy} />
        <ScoringRuleForm initial={scoringRule} />
        <ProspectWeightsForm initial={prospectWeights} />
      </div>
    </div>
  );
}
