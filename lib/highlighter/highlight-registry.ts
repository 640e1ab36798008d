/**
 * Paints matches with the CSS Custom Highlight API: no DOM mutation, so links, selection, copy and
 * the page's own scripts are untouched. The ::highlight() rules live in one prefixed <style>.
 */
export const HIGHLIGHT = "nhs-context-match";
export const ACTIVE_HIGHLIGHT = "nhs-context-active";
const STYLE_ID = "nhs-context-highlight-style";

/** Underline plus a soft tint, chosen for the page's own background so text stays readable. */
function highlightCss(dark: boolean): string {
  const [tint, line, active] = dark
    ? ["rgba(255, 214, 102, 0.28)", "#8fc6ff", "rgba(143, 198, 255, 0.35)"]
    : ["rgba(255, 214, 102, 0.45)", "#005eb8", "rgba(0, 94, 184, 0.22)"];
  return `::highlight(${HIGHLIGHT}) { background-color: ${tint}; text-decoration: underline 2px ${line}; text-underline-offset: 3px; }
::highlight(${ACTIVE_HIGHLIGHT}) { background-color: ${active}; text-decoration: underline 3px ${line}; text-underline-offset: 3px; }`;
}

/** Relative luminance of the first opaque background up the tree from <body>. */
export function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = getComputedStyle(el)
      .backgroundColor.match(/\d+(\.\d+)?/g)
      ?.map(Number);
    if (!m || (m.length === 4 && m[3] === 0)) continue;
    const [r, g, b] = m as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}

export const highlightsSupported = () =>
  typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

export class HighlightRegistry {
  private readonly main = highlightsSupported() ? new Highlight() : null;
  private readonly active = highlightsSupported() ? new Highlight() : null;
  private visible = true;

  constructor(private readonly doc: Document) {
    if (!this.main || !this.active) return;
    this.main.priority = 1;
    this.active.priority = 2;
    CSS.highlights.set(HIGHLIGHT, this.main);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    const style = doc.createElement("style");
    style.id = STYLE_ID;
    style.textContent = highlightCss(pageIsDark(doc));
    (doc.head ?? doc.documentElement).append(style);
  }

  add(range: Range) {
    this.main?.add(range);
  }
  delete(range: Range) {
    this.main?.delete(range);
    this.active?.delete(range);
  }
  setActive(range: Range | null) {
    this.active?.clear();
    if (range && this.visible) this.active?.add(range);
  }
  get shown() {
    return this.visible;
  }
  /** The toggle shortcut: hide or show every highlight without forgetting them. */
  setVisible(visible: boolean) {
    this.visible = visible;
    if (!this.main || !this.active) return;
    if (visible) {
      CSS.highlights.set(HIGHLIGHT, this.main);
      CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    } else {
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
  }
  destroy() {
    if (this.main) {
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }
    this.doc.getElementById(STYLE_ID)?.remove();
  }
}
