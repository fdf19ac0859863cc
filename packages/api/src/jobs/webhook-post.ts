import { lookup } from "node:dns/promises";
import { request as httpRequest, type ClientRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";

import { useAgent } from "request-filtering-agent";

/** A post that has not finished in this long, answer read included, has failed. */
export const POST_TIMEOUT_MS = 10_000;
/** Enough of an answer to read WeCom's or DingTalk's `{"errcode":…}`; the rest is never read. */
const ANSWER_CAP = 4096;

/**
 * What became of a post: null when the robot accepted it, or a short note for `lastError` made
 * only of the status and fixed words — never the remote's text, which could carry anything (a
 * secret of an internal service, markup for the admin page) into the row and onto the page.
 */
export type PostNote = string | null;
export const BLOCKED = "blocked address";
export const TIMEOUT = "timeout";
export const NETWORK = "network error";

/**
 * The addresses of the operator's listed hosts: IP addresses as they are, names resolved now. They
 * are the only private addresses the agent lets a post reach; a name that cannot be resolved adds
 * nothing.
 */
export async function allowedAddresses(hosts: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    hosts.map(async (h) =>
      isIP(h) !== 0 ? [h] : (await lookup(h, { all: true }).catch(() => [])).map((a) => a.address),
    ),
  );
  return [...new Set(lists.flat())];
}

// request-filtering-agent refuses with a plain Error whose message starts so (v3.2.1).
const isBlocked = (e: Error) => /^DNS lookup .* is not allowed/.test(e.message);

/** 2xx with no errcode or errcode 0 is accepted; an answer that is not JSON counts as accepted too. */
function noteFor(status: number, answer: string): PostNote {
  if (status < 200 || status > 299) return `HTTP ${status}`;
  let errcode: unknown;
  try {
    errcode = (JSON.parse(answer) as { errcode?: unknown } | null)?.errcode;
  } catch {
    return null;
  }
  if (errcode === undefined || errcode === 0) return null;
  return Number.isSafeInteger(errcode) ? `HTTP ${status} errcode ${String(errcode)}` : `HTTP ${status} errcode`;
}

/**
 * Posts JSON with node:http(s) through request-filtering-agent, whose lookup refuses a loopback,
 * private, link-local, metadata or unspecified address after DNS (so a name that resolves, or
 * rebinds, to one is refused like the literal) unless it is in `allowIPAddressList`. Redirects are
 * not followed — node's request never does — so a 3xx is a failure, not a hop to another address.
 */
export function postJson(url: string, body: unknown, allowIPAddressList: string[]): Promise<PostNote> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(BLOCKED);
  }
  const send = target.protocol === "https:" ? httpsRequest : target.protocol === "http:" ? httpRequest : null;
  if (!send) return Promise.resolve(BLOCKED);
  const data = Buffer.from(JSON.stringify(body));
  // A fresh agent per post, without keep-alive: no socket outlives the post or is reused elsewhere.
  const agent = useAgent(target.href, { allowIPAddressList, keepAlive: false });
  return new Promise<PostNote>((resolve) => {
    let settled = false;
    let req: ClientRequest | undefined = undefined;
    const finish = (note: PostNote) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req?.destroy();
      agent.destroy();
      resolve(note);
    };
    const timer = setTimeout(() => finish(TIMEOUT), POST_TIMEOUT_MS);
    req = send(
      target,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json; charset=utf-8", "content-length": data.length },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const decide = () => finish(noteFor(status, Buffer.concat(chunks).toString("utf8").slice(0, ANSWER_CAP)));
        res.on("data", (c: Buffer) => {
          chunks.push(c);
          size += c.length;
          if (size >= ANSWER_CAP) decide();
        });
        res.on("end", decide);
        res.on("error", () => finish(NETWORK));
      },
    );
    req.on("error", (e) => finish(isBlocked(e) ? BLOCKED : NETWORK));
    req.end(data);
  });
}
