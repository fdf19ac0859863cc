/** A tiny client for the running app: signs in through next-auth and calls tRPC over HTTP. */
export class AppClient {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  private remember(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }

  private get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async signIn(login: string, password: string) {
    const csrfRes = await fetch(`${this.base}/api/auth/csrf`);
    this.remember(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader },
      body: new URLSearchParams({ csrfToken, login, password, callbackUrl: "/" }),
    });
    this.remember(res);
    if (![...this.cookies.keys()].some((k) => k.includes("session-token")))
      throw new Error(`sign-in of ${login} failed (${res.status})`);
  }

  /** One tRPC query, end to end; returns its JSON and how long it took in ms. */
  async query(path: string, input: unknown): Promise<{ ms: number; data: unknown }> {
    const url = `${this.base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie: this.cookieHeader } });
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: unknown };
    const ms = performance.now() - started;
    if (!res.ok || !body.result) throw new Error(`${path} failed: ${res.status} ${JSON.stringify(body.error)}`);
    return { ms, data: body.result.data.json };
  }
}

export function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)]! * 100) / 100;
}
