import { defineConfig } from "vitest/config";

// One Chromium at a time: the machines have 2 cores.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
