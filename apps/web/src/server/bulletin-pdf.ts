import "server-only";

import type { RouterOutputs } from "@crm/api";
import { BULLETIN_COLUMNS, BULLETIN_HEADINGS, BULLETIN_METRICS, bulletinFigure } from "@crm/domain";

import { withChromium } from "./chromium";

type Content = RouterOutputs["bulletin"]["get"]["content"];

const esc = (s: string | number) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function table(rows: Content["zones"], ranked: boolean) {
  const columns = ranked ? BULLETIN_COLUMNS : BULLETIN_COLUMNS.filter((c) => c !== "rank");
  const head = `<tr>${columns.map((c) => `<th>${BULLETIN_HEADINGS[c]}</th>`).join("")}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr>${ranked ? `<td>${r.rank}</td>` : ""}<td class="l">${esc(r.unitName)}</td><td>${r.score}</td>${BULLETIN_METRICS.map((m) => `<td>${bulletinFigure(m, r.figures[m])}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** The bulletin as a PDF, rendered by Chromium so that Chinese text sets correctly (Noto CJK). */
export async function bulletinPdf(content: Content, issued: boolean): Promise<Uint8Array> {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; font-size: 11px; margin: 24px; color: #0f172a; }
    h1 { font-size: 20px; text-align: center; color: #b91c1c; margin: 0 0 4px; } p { text-align: center; color: #475569; margin: 0 0 16px; }
    h2 { font-size: 14px; margin: 18px 0 6px; } table { width: 100%; border-collapse: collapse; }
    th, td { border: 1px solid #cbd5e1; padding: 4px 6px; text-align: right; } th { background: #f1f5f9; } td.l { text-align: left; }
  </style></head><body>
    <h1>${esc(content.month)} 月度招商工作通报</h1>
    <p>${issued ? "已印发" : "预览"} · 数据截至 ${esc(content.asOf)}</p>
    <h2>五区专班龙虎榜</h2>${table(content.zones, true)}
    <h2>部门与镇街</h2>${table(content.others, false)}
  </body></html>`;
  return withChromium(async (browser) => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(await page.pdf({ format: "A4", landscape: true, printBackground: true }));
  });
}
