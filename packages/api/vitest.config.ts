import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files share one database per run and some change data: one file at a time.
    fileParallelism: false,
    // The local robots the tests start listen on 127.0.0.1 over http; 10.1.2.3 stands for a listed
    // receiver on the government network. test/webhooks.test.ts also delivers with nothing listed.
    env: { WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,10.1.2.3" },
  },
});
