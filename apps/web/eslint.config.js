import { config } from "@crm/eslint-config/base";

export default config("@crm/web");
