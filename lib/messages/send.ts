/** Typed senders for the message contract (extension APIs via WXT's `browser`). */
import { browser } from "wxt/browser";
import type {
  BackgroundReply,
  BackgroundRequest,
  BackgroundType,
  ContentReply,
  ContentRequest,
  ContentType,
} from "./contract";

type Reply<R> = R | { error: string };

function unwrap<R>(reply: Reply<R> | undefined, type: string): R {
  if (reply === undefined) throw new Error(`${type}: no reply`);
  if (typeof reply === "object" && reply !== null && "error" in reply) throw new Error(reply.error);
  return reply as R;
}

export async function sendToBackground<T extends BackgroundType>(
  type: T,
  payload: BackgroundRequest<T>,
): Promise<BackgroundReply<T>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }), type);
}

export async function sendToTab<T extends ContentType>(
  tabId: number,
  type: T,
  payload: ContentRequest<T>,
): Promise<ContentReply<T>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }), type);
}
