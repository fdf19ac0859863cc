import { config } from "@crm/eslint-config/base";

export default [...config(undefined), { rules: { "no-restricted-syntax": "off" } }];
