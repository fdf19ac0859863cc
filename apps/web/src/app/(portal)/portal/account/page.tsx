import { Alert, Card, CardBody, CardHeader } from "@crm/ui";
import { getTranslations } from "next-intl/server";

import { ChangePasswordForm } from "~/components/account/change-password-form";
import { SecondFactorCard } from "~/components/account/second-factor-card";
import { portalApi } from "~/server/guard";

import { ContactForm } from "./contact-form";

export async function generateMetadata() {
  return { title: (await getTranslations("portal"))("accountNav") };
}

/**
 * The enterprise's contact details, the account's password (a new account must change it first)
 * and its optional second factor.
 */
export default async function PortalAccountPage() {
  const { api, user } = await portalApi({ passwordChange: "allowed" });
  // Until a temporary password is changed, the API answers nothing but the account itself.
  const [me, profile, secondFactor] = await Promise.all([
    api.account.me(),
    user.mustChangePassword ? null : api.portal.profile(),
    api.account.secondFactor(),
  ]);
  const t = await getTranslations();
  return (
    <div className="space-y-5">
      {me.mustChangePassword ? <Alert tone="info">{t("account.mustChange")}</Alert> : null}
      <Card>
        <CardHeader title={t("account.changePassword")} description={t("account.changePasswordHint")} />
        <CardBody>
          <ChangePasswordForm version={me.version} signInPath="/sign-in" />
        </CardBody>
      </Card>
      {/* Optional for an enterprise: the policy names staff roles only. */}
      <SecondFactorCard status={secondFactor} mustEnrol={false} />
      {me.mustChangePassword || !profile ? null : (
        <Card>
          <CardHeader title={t("portal.contactTitle")} description={t("portal.contactHint")} />
          <CardBody>
            <ContactForm profile={profile} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
