/** Wires the background service worker: message routing, badge counts, site registration. */
export function startBackground(): void {}
