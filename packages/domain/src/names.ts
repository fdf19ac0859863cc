import { pinyin } from "pinyin-pro";

const SUFFIXES = ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "分公司", "公司", "集团"];

/**
 * The key two enterprise names share when they are the same enterprise (DOMAIN §2): spaces and
 * bracketed parts (（衡阳）, (Hengyang)) and suffixes such as 有限公司 are folded away,
 * full-width letters and digits become half-width, letters lower-case.
 */
export function enterpriseNameKey(name: string): string {
  let s = name.normalize("NFKC").toLowerCase();
  s = s.replace(/[(（[【〔][^)）\]】〕]*[)）\]】〕]/g, "");
  s = s.replace(/[\s·.,，、\-_'"“”‘’]/g, "");
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return s;
}

/** Pinyin initials for search: 金鼎钻采 → jdzc. Letters and digits in the name are kept as they are. */
export function nameInitials(name: string): string {
  return pinyin(name.normalize("NFKC"), { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
