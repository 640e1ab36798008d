/** Which sites NHS Context runs on: the defaults (manifest) minus ones switched off, plus ones added. */
import { storage } from "wxt/utils/storage";
import { DEFAULT_SITES } from "./default-sites";

/** Hosts the reader switched off (defaults or added). */
export const disabledSites = storage.defineItem<string[]>("local:disabledSites", { fallback: [] });
/** Hosts the reader added; each needs its optional host permission and a registered content script. */
export const addedSites = storage.defineItem<string[]>("local:addedSites", { fallback: [] });

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites.getValue()).includes(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const current = new Set(await disabledSites.getValue());
  if (enabled) current.delete(host);
  else current.add(host);
  await disabledSites.setValue([...current].sort());
}

export const isDefaultSite = (host: string) => (DEFAULT_SITES as readonly string[]).includes(host);

/** A host typed by the reader ("https://www.thetimes.co.uk/x" or "thetimes.co.uk") as a bare host name. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes("://") ? trimmed : `https://${trimmed}`).hostname;
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}
