import { config } from "@crm/eslint-config/base";

export default [
  ...config("@crm/web"),
  {
    // The production server runs before the app and outside it: plain Node, its own settings.
    files: ["server.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        globalThis: "readonly",
      },
    },
    rules: { "no-restricted-syntax": "off" },
  },
];
