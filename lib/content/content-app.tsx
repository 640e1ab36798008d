/**
 * The in-page app: scans and highlights, opens the popover on hover, click or keyboard, keeps up with
 * pages that change, and answers the popup. Everything it starts is torn down through `signal`.
 */
import { computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import { render } from "preact";
import { browser } from "wxt/browser";
import { type FocusTarget, Layer } from "../../components/popover/layer";
import type { PopoverProps } from "../../components/popover/popover";
import { createStatementIndex, type StatementIndex } from "../data/statement-index";
import { HighlightRegistry } from "../highlighter/highlight-registry";
import { type PageMatch, PageScanner } from "../highlighter/page-scanner";
import type { Engine } from "../matcher/engine";
import { sendToBackground } from "../messages/send";
import { hitTest } from "./hit-test";
import { answerPopup } from "./popup-requests";
import { describeSpot } from "./saved-spot";
import { isShortcut, SHORTCUTS } from "./shortcuts";

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 350;
const RESCAN_DEBOUNCE_MS = 200;

export interface ContentAppOptions {
  engine: Engine;
  /** The shadow-root container and host created by WXT's createShadowRootUi. */
  container: HTMLElement;
  host: HTMLElement;
  signal: AbortSignal;
  /** Fires with the new URL when the page navigates in-app (history API). */
  onLocationChange(listener: () => void): void;
}

export function startContentApp({ engine, container, host, signal, onLocationChange }: ContentAppOptions) {
  let statementIndex: StatementIndex | undefined;
  const index = () => {
    statementIndex ??= createStatementIndex(engine.database);
    return statementIndex;
  };
  const registry = new HighlightRegistry();
  const inTopFrame = window === window.top;
  let status = "";
  let popover: { match: PageMatch; pinned: boolean; takeFocus: boolean; saved: Set<string> } | null = null;
  /** The phrase the keyboard ring is on (Alt+Shift+N/P). */
  let focused: PageMatch | null = null;
  let returnFocus: HTMLElement | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let hovered: PageMatch | undefined;

  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const scanner = new PageScanner(engine, document, registry, () => {
    const count = scanner.count();
    status = count
      ? `NHS Context highlighted ${count} policy phrase${count === 1 ? "" : "s"}. ${SHORTCUTS.help}`
      : "";
    // The scan reports after every slice; the badge only needs the latest count.
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => {
      void sendToBackground("badge:set", { count: scanner.count() }).catch(() => undefined);
    }, 50);
    draw();
  });

  function popoverProps(): PopoverProps | null {
    if (!popover) return null;
    const { match, takeFocus, saved } = popover;
    return {
      matchText: match.match.text,
      topicId: match.match.topicId,
      statementIds: match.match.statementIds,
      index: index(),
      savedIds: saved,
      takeFocus,
      libraryUrl: browser.runtime.getURL("/library.html"),
      onClose: () => close(true),
      onToggleSave: async (statementId, save) => {
        if (save)
          await sendToBackground("library:save", { statementId, seenOn: describeSpot(match, document) });
        else await sendToBackground("library:unsave", { statementId });
        if (popover?.match === match) {
          const next = new Set(popover.saved);
          if (save) next.add(statementId);
          else next.delete(statementId);
          popover = { ...popover, saved: next };
          draw();
        }
      },
    };
  }

  function focusTarget(): FocusTarget | null {
    const rect = focused?.range.getClientRects()[0];
    if (!focused || !rect) return null;
    const label = `Policy phrase “${focused.match.text.replace(/\s+/g, " ")}”, ${focused.match.topic}. Press Enter for who said what.`;
    return { rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height }, label };
  }

  function draw() {
    if (signal.aborted) return;
    render(
      <Layer
        status={status}
        popover={popoverProps()}
        focusTarget={focusTarget()}
        onFocusEnter={() => {
          if (focused) void open(focused, { pinned: true, takeFocus: true });
        }}
      />,
      container,
    );
    void position();
  }

  async function position() {
    const frame = container.querySelector<HTMLElement>(".popover-frame");
    if (!popover || !frame) return;
    const range = popover.match.range;
    const anchor = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
    };
    const { x, y } = await computePosition(anchor, frame, {
      strategy: "fixed",
      placement: "bottom-start",
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          // Never taller than the room on the chosen side: the popover scrolls inside instead.
          apply: ({ availableHeight }) => {
            const card = frame.querySelector<HTMLElement>(".popover");
            if (card) card.style.maxHeight = `${Math.max(180, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    });
    Object.assign(frame.style, { left: `${x}px`, top: `${y}px` });
  }

  async function open(match: PageMatch, how: { pinned: boolean; takeFocus: boolean }) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (how.takeFocus && !popover) returnFocus = deepActiveElement();
    popover = { match, ...how, saved: popover?.match === match ? popover.saved : new Set() };
    registry.setActive(match.range);
    draw();
    try {
      const { saved } = await sendToBackground("library:status", { statementIds: match.match.statementIds });
      if (popover?.match === match) {
        popover = { ...popover, saved: new Set(saved) };
        draw();
      }
    } catch {
      // The library is unreachable (extension reloading): the Save button still reports its own errors.
    }
  }

  function close(restoreFocus: boolean) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!popover) return;
    // :focus-within on the host covers focus anywhere inside its shadow root.
    const focusWasInside = host.matches(":focus-within");
    popover = null;
    registry.setActive(hovered?.range ?? null);
    draw();
    if (restoreFocus && focusWasInside && returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  }

  const insideUi = (e: Event) => e.composedPath().includes(host);

  // Pointer: hover opens after a short delay and the popover stays while the pointer moves into it.
  let frameRequested = false;
  let lastPointer: { x: number; y: number; inUi: boolean } | null = null;
  const onPointer = () => {
    frameRequested = false;
    const e = lastPointer;
    if (!e || signal.aborted) return;
    if (e.inUi) {
      clearTimeout(closeTimer);
      return;
    }
    const m = hitTest(scanner, e.x, e.y);
    if (m !== hovered) {
      hovered = m;
      if (!popover) registry.setActive(m?.range ?? null);
      clearTimeout(openTimer);
      if (m && popover?.match !== m)
        openTimer = setTimeout(() => open(m, { pinned: false, takeFocus: false }), HOVER_OPEN_MS);
    }
    if (m && popover?.match === m) clearTimeout(closeTimer);
    else if (popover && !popover.pinned && !m) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => close(false), HOVER_CLOSE_MS);
    }
  };
  document.addEventListener(
    "mousemove",
    (e) => {
      // composedPath() is empty once dispatch ends, so decide "inside our UI" now, not in the frame callback.
      lastPointer = { x: e.clientX, y: e.clientY, inUi: insideUi(e) };
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(onPointer);
      }
    },
    { passive: true, signal },
  );

  // Click: opens and pins; links keep working (a click on a highlighted link follows the link).
  document.addEventListener(
    "click",
    (e) => {
      if (insideUi(e)) return;
      const m = hitTest(scanner, e.clientX, e.clientY);
      const onLink = (e.target as Element | null)?.closest?.("a[href]");
      if (m && !onLink && window.getSelection()?.isCollapsed !== false)
        void open(m, { pinned: true, takeFocus: true });
      else if (popover) close(false);
    },
    { signal },
  );

  // Keyboard: Esc closes; shortcuts step through phrases and toggle all highlights.
  window.addEventListener(
    "keydown",
    (e) => {
      if (e.key === "Escape" && popover) {
        close(true);
        e.stopPropagation();
        return;
      }
      if (isShortcut(e, "toggle")) {
        registry.setVisible(!registry.shown);
        if (!registry.shown) {
          close(false);
          focused = null;
        }
        draw();
      } else if (isShortcut(e, "next") || isShortcut(e, "previous")) {
        const list = scanner.list();
        if (!list.length || !registry.shown) return;
        const step = isShortcut(e, "next") ? 1 : -1;
        // A focused phrase that was rescanned away counts as no focus: start again from the end.
        const at = focused ? list.indexOf(focused) : -1;
        focused = list[at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length]!;
        scrollToMatch(focused);
        close(false);
        draw();
        container.querySelector<HTMLButtonElement>(".phrase-focus")?.focus();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true, signal },
  );

  // Scrolling: the popover follows its phrase and closes once the phrase has scrolled away.
  window.addEventListener(
    "scroll",
    () => {
      if (focused) draw();
      if (!popover) return;
      const r = popover.match.range.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) close(false);
      else void position();
    },
    { passive: true, capture: true, signal },
  );
  window.addEventListener("resize", () => draw(), { passive: true, signal });

  // Pages that change: rescan only what was added or edited, debounced; never our own UI.
  const pending = new Set<Node>();
  let rescanTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.target === host || host.contains(r.target)) continue;
      if (r.type === "characterData") pending.add(r.target);
      else {
        pending.add(r.target);
        for (const n of r.addedNodes) if (n !== host) pending.add(n);
      }
    }
    if (pending.size === 0) return;
    clearTimeout(rescanTimer);
    rescanTimer = setTimeout(() => {
      const nodes = [...pending];
      pending.clear();
      if (popover && !popover.match.range.startContainer.isConnected) close(false);
      void scanner.rescan(nodes);
    }, RESCAN_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  // In-app navigation (history API) is reported as it starts, before the page swaps its content:
  // forget the old page now, and read the new one once the DOM settles (with any mutations).
  onLocationChange(() => {
    close(false);
    focused = null;
    scanner.clear();
    clearTimeout(rescanTimer);
    rescanTimer = setTimeout(() => {
      pending.clear();
      void scanner.scanAll();
    }, RESCAN_DEBOUNCE_MS);
  });

  // The popup asks what we found, and can reveal one match (iframes leave that to the top frame).
  const onMessage = answerPopup({
    scanner,
    reveal: (m) => {
      scrollToMatch(m);
      void open(m, { pinned: true, takeFocus: true });
    },
    disable: () => teardown(),
  });
  if (inTopFrame) browser.runtime.onMessage.addListener(onMessage);

  function teardown() {
    observer.disconnect();
    clearTimeout(rescanTimer);
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    scanner.clear();
    registry.destroy();
    render(null, container);
    browser.runtime.onMessage.removeListener(onMessage);
    void sendToBackground("badge:set", { count: 0 }).catch(() => undefined);
  }
  signal.addEventListener("abort", teardown);

  void scanner.scanAll();
  return { scanner, rescan: () => scanner.scanAll(), teardown };
}

function scrollToMatch(m: PageMatch) {
  const el = m.range.startContainer.parentElement;
  const r = m.range.getBoundingClientRect();
  if (r.top < 60 || r.bottom > window.innerHeight - 60) el?.scrollIntoView({ block: "center" });
}

/** The focused element, looking inside shadow roots (our own popover included). */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}
