/** In-page keyboard shortcuts (key codes, so they work on every layout and with Alt on macOS). */
const KEYS = { toggle: "KeyH", next: "KeyN", previous: "KeyP" } as const;

export const SHORTCUTS = {
  help: "Press Alt+Shift+N and Alt+Shift+P to move between them, Enter to open one, Alt+Shift+H to hide or show highlights.",
} as const;

export function isShortcut(e: KeyboardEvent, name: keyof typeof KEYS): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === KEYS[name];
}
