// One Prettier preset for the whole tree; `pnpm lint` fails on anything it would change.
// Tailwind classes are sorted in the order Tailwind itself emits them (prettier-plugin-tailwindcss).
import { fileURLToPath } from "node:url";

/** @type {import("prettier").Config & import("prettier-plugin-tailwindcss").PluginOptions} */
export default {
  printWidth: 120,
  // Resolved from this preset, so the plugin need not be installed beside every caller.
  plugins: [fileURLToPath(import.meta.resolve("prettier-plugin-tailwindcss"))],
  tailwindStylesheet: fileURLToPath(new URL("../../apps/web/src/app/globals.css", import.meta.url)),
  tailwindFunctions: ["cn"],
};
