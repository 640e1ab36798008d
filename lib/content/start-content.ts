/** Content-script start-up: checks the site switch, mounts the shadow-root UI and starts the app. */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi } from "wxt/utils/content-script-ui/shadow-root";
import { getEngine } from "../matcher/default-engine";
import { sendToBackground } from "../messages/send";
import { startContentApp } from "./content-app";

/** Set by the popup's "Check this page" before it injects us, so we run even where we are switched off. */
const FORCE_FLAG = "__nhsContextForce";
const RUNNING_FLAG = "__nhsContextRunning";

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  const scope = window as unknown as Record<string, unknown>;
  const running = scope[RUNNING_FLAG] as { rescan(): void } | undefined;
  if (running) return running.rescan(); // injected again on demand: just look again
  const forced = scope[FORCE_FLAG] === true;
  if (!forced) {
    const { enabled } = await sendToBackground("site:enabled", { host: location.host }).catch(() => ({
      enabled: true,
    }));
    if (!enabled) return;
  }
  const ui = await createShadowRootUi(ctx, {
    name: "nhs-context-ui",
    position: "inline",
    anchor: "html",
    append: "last",
    onMount: (container) => container,
  });
  ui.mount();
  // A zero-size fixed host: it never takes space in, or shifts, the page's layout.
  ui.shadowHost.setAttribute(
    "style",
    "position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; " +
      "margin: 0 !important; padding: 0 !important; border: 0 !important; z-index: 2147483647 !important; display: block !important;",
  );
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const app = startContentApp({
    engine: getEngine(),
    container: ui.uiContainer,
    host: ui.shadowHost,
    signal: controller.signal,
    onLocationChange: (listener) => ctx.addEventListener(window, "wxt:locationchange", listener),
  });
  scope[RUNNING_FLAG] = app;
  controller.signal.addEventListener("abort", () => {
    delete scope[RUNNING_FLAG];
    ui.remove();
  });
}
