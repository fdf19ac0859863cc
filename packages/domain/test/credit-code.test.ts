import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";

import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from "../src";

// Published codes of well-known companies (checked against GB 32100-2015 by hand).
const KNOWN_VALID = ["914403001922038216", "9144030071526726XG", "91350100M000100Y43"];

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(""));
/** Any well-formed code: 2 free characters, 6 region digits, 9 free characters, and its check character. */
const validCode = fc
  .tuple(
    fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(..."0123456789".split("")), { minLength: 6, maxLength: 6 }),
    fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => {
    const first17 = [...a, ...b, ...c].join("");
    return first17 + creditCodeCheckChar(first17)!;
  });

describe("credit code (GB 32100-2015)", () => {
  it("accepts published codes", () => {
    for (const code of KNOWN_VALID) expect(creditCodeProblem(code), code).toBeNull();
  });

  it("says what is wrong", () => {
    expect(creditCodeProblem("91430408")).toBe("length");
    expect(creditCodeProblem("91430408MA4L0000I1")).toBe("charset"); // I is not in the alphabet
    expect(creditCodeProblem("91A30408MA4L000011")).toBe("region");
    expect(creditCodeProblem("914403001922038217")).toBe("check");
  });

  it("reads lower case and surrounding spaces", () => {
    expect(isValidCreditCode(" 9144030071526726xg ")).toBe(true);
  });

  test.prop([validCode])("accepts every code built with its check character", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  test.prop([validCode, fc.nat({ max: 17 }), fc.nat({ max: 29 })])(
    "refuses every single-character change",
    (code, position, shift) => {
      const original = CREDIT_CODE_ALPHABET.indexOf(code[position]!);
      const replacement = CREDIT_CODE_ALPHABET[(original + 1 + shift) % 31]!; // never the same character
      const changed = code.slice(0, position) + replacement + code.slice(position + 1);
      expect(changed).not.toBe(code);
      expect(isValidCreditCode(changed)).toBe(false);
    },
  );

  it("refuses each single-character change of a published code, exhaustively", () => {
    const code = KNOWN_VALID[0]!;
    for (let i = 0; i < 18; i++) {
      for (const ch of CREDIT_CODE_ALPHABET) {
        if (ch === code[i]) continue;
        expect(isValidCreditCode(code.slice(0, i) + ch + code.slice(i + 1)), `${i}:${ch}`).toBe(false);
      }
    }
  });
});
