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
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("nav.rules")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("rules.hint")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ResponsePolicyForm initial={responsePolicy} />
        <ScoringRuleForm initial={scoringRule} />
      </div>
    </div>
  );
}
