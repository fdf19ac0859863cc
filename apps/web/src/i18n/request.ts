import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { asLocale, LOCALE_COOKIE } from "./locales";

/** Chinese first; English when the user chose it (a cookie, no locale in the URL). */
export default getRequestConfig(async () => {
  const locale = asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: "Asia/Shanghai",
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
