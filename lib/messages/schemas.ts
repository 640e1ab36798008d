/** Zod schemas for the message contract (./contract): what the background accepts, checked on arrival. */
import { z } from "zod";
import { type BackgroundType, type Envelope, MessageError, type SeenOn } from "./contract";

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
  url: z.url({ protocol: /^https?$/ }).max(4000),
  title: z.string().max(500),
  matchedText: z.string().min(1).max(500),
  sentence: z.string().max(2000),
  seenAt: z.string().datetime(),
  selectors: z.tuple([textQuoteSelector, textPositionSelector]),
});
// The schema and the contract's interface must describe the same shape.
const _seenOnMatchesContract: z.ZodType<SeenOn> = seenOnSchema;
void _seenOnMatchesContract;

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

// Every background message has a schema.
const _allTypes: Record<BackgroundType, z.ZodType> = backgroundRequests;
void _allTypes;

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
