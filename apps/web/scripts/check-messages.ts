/**
 * Both languages must carry the same message keys: a key missing in English would show its raw
 * path on an English screen. Run by `pnpm lint`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };
const load = (file: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", file), "utf8")) as Tree;
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

const zh = new Set(keys(load("zh-CN.json")));
const en = new Set(keys(load("en.json")));
const onlyZh = [...zh].filter((k) => !en.has(k));
const onlyEn = [...en].filter((k) => !zh.has(k));
if (onlyZh.length || onlyEn.length) {
  if (onlyZh.length) console.error(`missing in en.json:\n  ${onlyZh.join("\n  ")}`);
  if (onlyEn.length) console.error(`missing in zh-CN.json:\n  ${onlyEn.join("\n  ")}`);
  process.exit(1);
}
console.log(`messages: ${zh.size} keys in both languages`);
