import { describe, expect, it } from "vitest";

import { enterpriseNameKey, nameInitials } from "../src";

describe("enterprise name keys (duplicate detection)", () => {
  it("folds spaces, brackets and company suffixes", () => {
    const key = enterpriseNameKey("湖南金鼎钻采专用管制造有限公司");
    expect(enterpriseNameKey("湖南 金鼎钻采专用管制造 有限责任公司")).toBe(key);
    expect(enterpriseNameKey("湖南金鼎钻采专用管制造（衡阳）有限公司")).toBe(key);
    expect(enterpriseNameKey("湖南金鼎钻采专用管制造(衡阳)有限公司")).toBe(key);
    expect(enterpriseNameKey("湖南金鼎钻采专用管制造股份有限公司")).toBe(key);
    expect(key).toBe("湖南金鼎钻采专用管制造");
  });

  it("keeps different enterprises apart", () => {
    expect(enterpriseNameKey("湖南金鼎钻采专用管制造有限公司")).not.toBe(
      enterpriseNameKey("天津中鼎石油钻具制造有限公司"),
    );
  });

  it("reads full-width letters and case alike", () => {
    expect(enterpriseNameKey("ＡＢＣ科技有限公司")).toBe(enterpriseNameKey("abc科技"));
  });
});

describe("pinyin initials", () => {
  it("finds 金鼎钻采 by jdzc", () => {
    expect(nameInitials("湖南金鼎钻采专用管制造有限公司")).toContain("jdzc");
    expect(nameInitials("融冠亲小Mall项目")).toBe("rgqxmallxm");
  });
});
