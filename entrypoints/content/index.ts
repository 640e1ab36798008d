import "../../components/popover/popover.css";
import "../../components/relation-labels.css";
import { defineContentScript } from "wxt/utils/define-content-script";
import { startContent } from "../../lib/content/start-content";

export default defineContentScript({
  // The real match list is injected from lib/settings/default-sites.ts by wxt.config.ts.
  matches: ["https://www.hsj.co.uk/*"],
  allFrames: true,
  cssInjectionMode: "ui",
  main: startContent,
});
