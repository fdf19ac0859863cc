/**
 * Where a visitor may be sent back to after signing in: a path of this app, nothing else.
 *
 * A browser reads `/\host` as `//host` (another origin), and a value that passed through one more
 * round of percent-encoding (`/%5Chost`, `/%2F%2Fhost`) can turn into one on the way. So the value
 * is decoded until it no longer changes, backslashes are read as slashes, and then it must be a path
 * that starts with exactly one `/`, with no scheme in its path and no control characters anywhere.
 * The value returned is the one given (not the decoded one): it is what the app itself would link to.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  let decoded = value;
  for (let round = 0; ; round++) {
    if (round === 5) return null; // still changing: nested encoding is no path of ours
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return null; // a broken percent sequence
    }
    if (next === decoded) break;
    decoded = next;
  }
  const normalised = decoded.replace(/\\/g, "/");
  // Control characters (C0, DEL, C1) and raw whitespace: browsers strip or reinterpret them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(normalised) || /\s/.test(value)) return null;
  if (!normalised.startsWith("/") || normalised.startsWith("//")) return null;
  const pathPart = normalised.split(/[?#]/, 1)[0] ?? "";
  if (pathPart.includes(":")) return null; // `/javascript:…`, `/http://…`: no path of this app has one
  return value;
}
