/**
 * Paints matches with the CSS Custom Highlight API: no DOM mutation, so links, selection, copy and
 * the page's own scripts are untouched. The ::highlight() colours come from public/highlights.css,
 * which the browser injects at document_start.
 */
export const HIGHLIGHT = "nhs-context-match";
export const ACTIVE_HIGHLIGHT = "nhs-context-active";
/** The stylesheet with the ::highlight() rules (manifest content-script CSS; insertCSS on demand). */
export const HIGHLIGHT_CSS_FILE = "highlights.css";

export const highlightsSupported = () =>
  typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

export class HighlightRegistry {
  private readonly main = highlightsSupported() ? new Highlight() : null;
  private readonly active = highlightsSupported() ? new Highlight() : null;
  private visible = true;

  constructor() {
    if (!this.main || !this.active) return;
    this.main.priority = 1;
    this.active.priority = 2;
    CSS.highlights.set(HIGHLIGHT, this.main);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
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
    if (!this.main) return;
    CSS.highlights.delete(HIGHLIGHT);
    CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
