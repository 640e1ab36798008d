/**
 * The one message contract between content script, background and extension pages: every message
 * is declared here with its request and reply types. The background validates what arrives against
 * the zod schemas in ./schemas (kept out of the content script, which only takes requests from our popup).
 */

/** W3C Web Annotation selectors, so a saved spot can be found again on the page. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
/** Characters of context kept on each side of a saved phrase (TextQuoteSelector prefix and suffix). */
export const SELECTOR_CONTEXT_CHARS = 32;

/** One page a statement was seen on. */
export interface SeenOn {
  url: string;
  title: string;
  matchedText: string;
  sentence: string;
  seenAt: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
}
/** A match as the popup lists it. */
export interface MatchSummary {
  index: number;
  text: string;
  topic: string;
  topicId: string;
}

/** Messages handled by the background service worker: request and reply. */
export interface BackgroundMessages {
  "badge:set": [{ count: number }, { ok: true }];
  "library:save": [{ statementId: string; seenOn: SeenOn }, { saved: true }];
  "library:unsave": [{ statementId: string }, { saved: false }];
  "library:status": [{ statementIds: string[] }, { saved: string[] }];
  "site:enabled": [{ host: string }, { enabled: boolean }];
  "site:set-enabled": [{ host: string; enabled: boolean }, { enabled: boolean }];
  "page:check": [{ tabId: number }, { ok: boolean; error?: string }];
}
/** Messages handled by the content script in a tab (sent by the popup). */
export interface ContentMessages {
  "page:matches": [Record<string, never>, { isNhs: boolean; matches: MatchSummary[] }];
  "page:reveal": [{ index: number }, { ok: boolean }];
  "page:rescan": [Record<string, never>, { ok: true }];
  "page:disable": [Record<string, never>, { ok: true }];
}

export type BackgroundType = keyof BackgroundMessages;
export type ContentType = keyof ContentMessages;
export type BackgroundRequest<T extends BackgroundType> = BackgroundMessages[T][0];
export type BackgroundReply<T extends BackgroundType> = BackgroundMessages[T][1];
export type ContentRequest<T extends ContentType> = ContentMessages[T][0];
export type ContentReply<T extends ContentType> = ContentMessages[T][1];

/** The envelope on the wire. */
export interface Envelope<T extends string = string, P = unknown> {
  type: T;
  payload: P;
}

export class MessageError extends Error {}

const CONTENT_TYPES: readonly ContentType[] = ["page:matches", "page:reveal", "page:rescan", "page:disable"];

/** The content script's check of a popup request: a known type, and an index where one is needed. */
export function parseContentRequest(raw: unknown): { type: ContentType; payload: { index?: number } } {
  const env = raw as Partial<Envelope> | null;
  const type = env?.type as ContentType;
  if (!CONTENT_TYPES.includes(type)) throw new MessageError(`unknown message type: ${String(env?.type)}`);
  const payload = (env?.payload ?? {}) as { index?: unknown };
  if (type === "page:reveal" && !(Number.isInteger(payload.index) && (payload.index as number) >= 0))
    throw new MessageError("page:reveal: index must be a whole number");
  return { type, payload: payload as { index?: number } };
}
