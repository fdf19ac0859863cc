// One ESLint preset for every package. `boundaries` keeps imports flowing one way:
// web → api → domain, db, auth; db → domain; domain imports nothing of ours (ARCHITECTURE.md).
// `import-x/no-cycle` keeps modules inside a package from importing each other in a circle.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const layers = {
  "@crm/domain": [],
  "@crm/db": ["@crm/domain"],
  "@crm/auth": ["@crm/domain", "@crm/db"],
  "@crm/api": ["@crm/domain", "@crm/db", "@crm/auth"],
  "@crm/ui": ["@crm/domain"],
};
const all = ["@crm/domain", "@crm/db", "@crm/auth", "@crm/api", "@crm/ui", "@crm/web"];

/** @param {keyof typeof layers | undefined} pkg */
export function config(pkg) {
  const allowed = pkg ? layers[pkg] : undefined;
  const forbidden = allowed ? all.filter((p) => p !== pkg && !allowed.includes(p)) : [];
  return tseslint.config(
    {
      ignores: [
        "**/.next/**",
        "**/dist/**",
        "**/migrations/**",
        "**/*.config.*",
        "**/.cache/**",
        "**/playwright-report/**",
        "**/test-results/**",
        "**/reports/**",
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    { files: ["**/*.tsx"], ...reactHooks.configs.flat.recommended },
    {
      // Resolves imports as TypeScript does (the package's tsconfig paths, then workspace packages).
      plugins: { "import-x": importX },
      settings: {
        "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
        "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
        "import-x/resolver-next": [createTypeScriptImportResolver()],
      },
      rules: { "import-x/no-cycle": "error" },
    },
    {
      rules: {
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "no-restricted-syntax": [
          "error",
          {
            selector: "MemberExpression[object.name='process'][property.name='env']",
            message: "Read environment variables in env.ts only.",
          },
        ],
        ...(forbidden.length
          ? {
              "no-restricted-imports": [
                "error",
                { patterns: forbidden.map((p) => ({ group: [p, `${p}/*`], message: `${pkg} may not import ${p}.` })) },
              ],
            }
          : {}),
      },
    },
    {
      // instrumentation.ts: Next needs process.env.NEXT_RUNTIME literally to drop node code from the edge bundle.
      files: ["**/env.ts", "**/*.test.ts", "**/test/**", "**/scripts/**", "**/bin/**", "**/instrumentation.ts"],
      rules: { "no-restricted-syntax": "off" },
    },
  );
}
