import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing";

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ["{lib,components,tests/unit,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
  },
});
