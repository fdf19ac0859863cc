import { describe, expect, it } from "vitest";

import { clientAddress, PEER_HEADER } from "../src";

const h = (peer: string | null, xff?: string) => {
  const headers = new Headers();
  if (peer) headers.set(PEER_HEADER, peer);
  if (xff) headers.set("x-forwarded-for", xff);
  return headers;
};

describe("the client's address", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(h("203.0.113.7", "1.2.3.4"), undefined)).toBe("203.0.113.7");
    expect(clientAddress(h("::ffff:203.0.113.7", "1.2.3.4"), "")).toBe("203.0.113.7");
  });

  it("is the nearest untrusted address in the chain behind trusted proxies", () => {
    const trusted = "10.0.0.0/8, 192.168.1.1";
    expect(clientAddress(h("10.0.0.5", "198.51.100.9"), trusted)).toBe("198.51.100.9");
    // A client's own forged entry sits left of what the proxy appended: it is not believed.
    expect(clientAddress(h("10.0.0.5", "6.6.6.6, 198.51.100.9"), trusted)).toBe("198.51.100.9");
    expect(clientAddress(h("10.0.0.5", "198.51.100.9, 192.168.1.1"), trusted)).toBe("198.51.100.9");
    expect(clientAddress(h("10.0.0.5", "not-an-ip"), trusted)).toBe("10.0.0.5");
    expect(clientAddress(h("10.0.0.5"), trusted)).toBe("10.0.0.5");
  });

  it("is unknown without the app server's peer header (a client cannot supply an address at all)", () => {
    expect(clientAddress(h(null, "1.2.3.4"), "0.0.0.0/0")).toBe("unknown");
  });
});
