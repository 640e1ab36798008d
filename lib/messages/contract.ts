/**
 * The one message contract between content script, background and extension pages: every message
 * is declared here with its request and reply types, and a zod schema the receiver validates against.
 */
import { z } from "zod";

/** W3C Web Annotation selectors, so a saved spot can be found again on the page. */
export const textQuoteSelector = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(2000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
export const textPositionSelector = z.strictObject({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const seenOnSchema = z.strictObject({
  url: z.url().max(4000),
  title: z.string().max(500),
  matchedText: z.string().min(1).max(500),
  sentence: z.string().max(2000),
  seenAt: z.string().datetime(),
  selectors: z.tuple([textQuoteSelector, textPositionSelector]),
});
export type SeenOn = z.infer<typeof seenOnSchema>;

/** A match as the popup lists it. */
export const matchSummarySchema = z.strictObject({
  index: z.number().int().nonnegative(),
  text: z.string(),
  topic: z.string(),
  topicId: z.string(),
});
export type MatchSummary = z.infer<typeof matchSummarySchema>;

const statementId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(120);
const host = z
  .string()
  .regex(/^[a-z0-9.-]+(?::\d+)?$/i)
  .max(253);

/** Messages handled by the background service worker. */
export const backgroundRequests = {
  "badge:set": z.strictObject({ count: z.number().int().nonnegative() }),
  "library:save": z.strictObject({ statementId, seenOn: seenOnSchema }),
  "library:unsave": z.strictObject({ statementId }),
  "library:status": z.strictObject({ statementIds: z.array(statementId).max(500) }),
  "site:enabled": z.strictObject({ host }),
  "site:set-enabled": z.strictObject({ host, enabled: z.boolean() }),
  "page:check": z.strictObject({ tabId: z.number().int() }),
} as const;

export interface BackgroundReplies {
  "badge:set": { ok: true };
  "library:save": { saved: true };
  "library:unsave": { saved: false };
  "library:status": { saved: string[] };
  "site:enabled": { enabled: boolean };
  "site:set-enabled": { enabled: boolean };
  "page:check": { ok: boolean; error?: string };
}

/** Messages handled by the content script in a tab. */
export const contentRequests = {
  "page:matches": z.strictObject({}),
  "page:reveal": z.strictObject({ index: z.number().int().nonnegative() }),
  "page:rescan": z.strictObject({}),
  "page:disable": z.strictObject({}),
} as const;

export interface ContentReplies {
  "page:matches": { isNhs: boolean; matches: MatchSummary[] };
  "page:reveal": { ok: boolean };
  "page:rescan": { ok: true };
  "page:disable": { ok: true };
}

export type BackgroundType = keyof typeof backgroundRequests;
export type ContentType = keyof typeof contentRequests;
export type BackgroundRequest<T extends BackgroundType> = z.infer<(typeof backgroundRequests)[T]>;
export type ContentRequest<T extends ContentType> = z.infer<(typeof contentRequests)[T]>;

/** The envelope on the wire. */
export interface Envelope<T extends string = string, P = unknown> {
  type: T;
  payload: P;
}

export class MessageError extends Error {}

/** Validates an incoming envelope against a request table; throws MessageError with a readable reason. */
export function parseEnvelope<Table extends Record<string, z.ZodType>>(
  table: Table,
  raw: unknown,
): { type: keyof Table & string; payload: unknown } {
  const env = raw as Partial<Envelope> | null;
  if (!env || typeof env.type !== "string" || !(env.type in table))
    throw new MessageError(`unknown message type: ${String(env?.type)}`);
  const result = table[env.type]!.safeParse(env.payload);
  if (!result.success)
    throw new MessageError(
      `${env.type}: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  return { type: env.type, payload: result.data };
}
