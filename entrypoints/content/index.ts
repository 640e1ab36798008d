import { defineContentScript } from "wxt/utils/define-content-script";

export default defineContentScript({
  // The real match list is injected from lib/settings/default-sites.ts by wxt.config.ts.
  matches: ["https://www.hsj.co.uk/*"],
  allFrames: true,
  cssInjectionMode: "ui",
  async main(ctx) {
    document.documentElement.setAttribute("data-nhs-context", "ready");
    ctx.onInvalidated(() => document.documentElement.removeAttribute("data-nhs-context"));
  },
});
