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

const noEnvOutsideEnvTs = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read environment variables in env.ts only.",
};

// One home for each kind of rule (ARCHITECTURE.md): "may this role do X at all" is the permission
// table (packages/domain/src/permissions.ts); every rule that names roles beyond that (row scope,
// what may be done to a record, role sets) lives in packages/api/src/scope/. A role's name spelled
// out in a service, a router, a job or a page is a rule decided a second time: ask `can(role, …)`,
// a named rule from scope/, or the `can` flags a procedure returns. (The Role list itself is in
// packages/domain/src/org.ts; tests and seeds name roles freely.)
const ROLE_NAMES = [
  "sysadmin",
  "secadmin",
  "auditor",
  "bureau_lead",
  "bureau_staff",
  "zone_staff",
  "dept_staff",
  "town_staff",
  "leader",
  "enterprise",
];
const noRoleNames = {
  // Not roles: an audit row's entity or a column's id ("enterprise"), a router's name (RouterOutputs["admin"]).
  selector: `Literal[value=/^(${ROLE_NAMES.join("|")})$/]:not(Property[key.name=/^(entity|id)$/] > Literal, TSIndexedAccessType Literal)`,
  message:
    "A role named in a service, router, job or page: use the permission table (can), a named rule from packages/api/src/scope/, or the can flags of the procedure's response.",
};
/** Where role names may not be spelled out, per package (paths relative to the package). */
const roleNamesBanned = {
  "@crm/api": ["src/services/**", "src/router/**", "src/jobs/**"],
  "@crm/web": ["src/**"],
};

/** @param {keyof typeof layers | "@crm/web" | undefined} pkg */
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
      rules: {
        "import-x/no-cycle": "error",
        // Packages first, then this app's own (~/…), then relative paths, a blank line between groups.
        "import-x/order": [
          "error",
          {
            groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
            pathGroups: [{ pattern: "~/**", group: "internal" }],
            "newlines-between": "always",
          },
        ],
      },
    },
    {
      rules: {
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
        "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
        "no-restricted-syntax": ["error", noEnvOutsideEnvTs],
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
    ...(pkg && pkg in roleNamesBanned
      ? [{ files: roleNamesBanned[pkg], rules: { "no-restricted-syntax": ["error", noEnvOutsideEnvTs, noRoleNames] } }]
      : []),
    {
      // instrumentation.ts: Next needs process.env.NEXT_RUNTIME literally to drop node code from the edge bundle.
      files: ["**/env.ts", "**/*.test.ts", "**/test/**", "**/scripts/**", "**/bin/**", "**/instrumentation.ts"],
      rules: { "no-restricted-syntax": "off" },
    },
  );
}
