import { Zip, ZipDeflate } from "fflate";
import { describe, expect, it } from "vitest";

import { readSheet, SheetError } from "../src/services/transfer/sheet";

/** An .xlsx whose sheet unpacks to `mb` MB of the same row, written as a stream (never held whole). */
function zipBomb(mb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const types = new ZipDeflate("[Content_Types].xml");
  zip.add(types);
  types.push(new TextEncoder().encode('<?xml version="1.0"?><Types/>'), true);
  const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 9 });
  zip.add(sheet);
  const row = new TextEncoder().encode('<row><c t="inlineStr"><is><t>秦岭钻石锻造</t></is></c></row>'.repeat(16_000));
  const rowsPerMb = Math.ceil((1024 * 1024) / row.byteLength);
  for (let i = 0; i < mb * rowsPerMb; i++) sheet.push(row);
  sheet.push(new Uint8Array(), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** The same file with its central directory claiming each entry unpacks to 1 KB. */
function lyingAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.byteLength; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1024, true);
  return out;
}

async function refusal(bytes: Uint8Array, filename: string) {
  try {
    await readSheet(bytes, filename, [{ key: "name", header: "项目名称" }]);
    return "read";
  } catch (e) {
    return e instanceof SheetError ? e.problem : String(e);
  }
}

describe("bounded input: a spreadsheet is inspected before it is opened", () => {
  it("refuses an .xlsx that would unpack to 300 MB, by its directory and by what it really holds, in bounded memory", async () => {
    const bomb = zipBomb(300);
    expect(bomb.byteLength).toBeLessThan(5 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await refusal(bomb, "bomb.xlsx")).toBe("tooLarge");
    expect(await refusal(lyingAboutSizes(bomb), "liar.xlsx")).toBe("tooLarge");
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(grown).toBeLessThan(150);
  });

  it("refuses a file that is not a zip, and CSV text with NUL or that is not UTF-8", async () => {
    expect(await refusal(new TextEncoder().encode("not a zip"), "x.xlsx")).toBe("notSpreadsheet");
    expect(await refusal(new TextEncoder().encode("项目名称\n甲\u0000乙\n"), "x.csv")).toBe("notSpreadsheet");
    expect(await refusal(Uint8Array.from([0xe9, 0xa1, 0xb9, 0xff, 0xfe, 0x0a]), "x.csv")).toBe("notSpreadsheet");
    expect(await refusal(new TextEncoder().encode("项目名称\n甲项目\n"), "x.csv")).toBe("read");
  });
});
