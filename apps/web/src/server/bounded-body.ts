import "server-only";

/** A request body past its cap: refused with 413 before more of it is read. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request's body up to `max` bytes. A declared length past the cap is refused before a
 * byte is read; a body without one (chunked) or one that lies is cut off as soon as it passes.
 */
export async function readBounded(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) throw new BodyTooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

export const payloadTooLarge = () => Response.json({ error: "bodyTooLarge" }, { status: 413 });
export const signInRequired = () => Response.json({ error: "signInRequired" }, { status: 401 });
export const forbiddenResponse = () => Response.json({ error: "forbidden" }, { status: 403 });
