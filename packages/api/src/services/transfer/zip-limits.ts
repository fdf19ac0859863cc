import { Unzip, UnzipInflate, unzipSync } from "fflate";

import { SheetError } from "./sheet-error";

/** What an .xlsx may unpack to: a 10,000-row list of the template's columns is well under it. */
export const XLSX_LIMITS = { maxEntries: 200, maxUnpackedBytes: 40 * 1024 * 1024 } as const;

/**
 * An .xlsx is a zip: 1.5 MB can unpack to 500 MB, which exceljs would hold in memory. Before it
 * opens the file, the zip's directory is read (entry count, declared sizes) and every entry is
 * inflated once as a stream that only counts bytes, stopping at the cap, since declared sizes
 * can lie.
 */
export function assertUnpacksWithinLimits(bytes: Uint8Array) {
  let declared = 0;
  let entries = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        return false; // read the directory only
      },
    });
  } catch {
    throw new SheetError("notSpreadsheet");
  }
  if (entries > XLSX_LIMITS.maxEntries || declared > XLSX_LIMITS.maxUnpackedBytes) throw new SheetError("tooLarge");
  let actual = 0;
  let over = false;
  let broken = false;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) broken = true;
      actual += chunk?.byteLength ?? 0;
      if (actual > XLSX_LIMITS.maxUnpackedBytes && !over) {
        over = true;
        file.terminate();
      }
    };
    if (!over) file.start();
  });
  unzip.register(UnzipInflate);
  // Fed in small slices, so that inflating stops within a slice's worth of the cap.
  const slice = 16 * 1024;
  try {
    for (let at = 0; at < bytes.byteLength && !over && !broken; at += slice)
      unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.byteLength);
  } catch {
    broken = true;
  }
  if (over) throw new SheetError("tooLarge");
  if (broken) throw new SheetError("notSpreadsheet");
}
