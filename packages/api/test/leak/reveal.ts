import ExcelJS from "exceljs";

/** All the text a response carries, files included (an .xlsx is read cell by cell). */
export async function textOf(value: unknown): Promise<string> {
  const files: Uint8Array[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) {
      files.push(v);
      return `<file ${files.length - 1}>`;
    }
    if (v && typeof v === "object" && (v as { type?: unknown }).type === "Buffer") {
      files.push(Uint8Array.from((v as { data: number[] }).data));
      return `<file ${files.length - 1}>`;
    }
    return v;
  });
  const contents = await Promise.all(files.map(fileText));
  return [json ?? "", ...contents].join("\n");
}

async function fileText(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes);
  if (buffer.subarray(0, 2).toString("latin1") !== "PK") return buffer.toString("utf8");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
  });
  return cells.join("\t");
}
