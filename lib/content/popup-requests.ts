/** Answers the popup's requests to the content script (top frame only): list, reveal, rescan, disable. */
import type { PageMatch, PageScanner } from "../highlighter/page-scanner";
import { type ContentReply, type ContentType, MessageError, parseContentRequest } from "../messages/contract";

export interface PopupActions {
  scanner: PageScanner;
  reveal(match: PageMatch): void;
  disable(): void;
}

export function answerPopup({ scanner, reveal, disable }: PopupActions) {
  function answer(type: ContentType, payload: { index?: number }): ContentReply<typeof type> {
    const list = scanner.list();
    switch (type) {
      case "page:matches":
        return {
          isNhs: scanner.gateResult?.isNhs ?? false,
          matches: list.map((m, i) => ({
            index: i,
            text: m.match.text,
            topic: m.match.topic,
            topicId: m.match.topicId,
          })),
        };
      case "page:reveal": {
        const m = list[payload.index ?? -1];
        if (m) reveal(m);
        return { ok: m !== undefined };
      }
      case "page:rescan":
        void scanner.scanAll();
        return { ok: true };
      case "page:disable":
        disable();
        return { ok: true };
    }
  }
  /** A runtime.onMessage listener: replies synchronously, with `{ error }` for a request it cannot take. */
  return (raw: unknown, _sender: unknown, reply: (r: unknown) => void): undefined => {
    try {
      const { type, payload } = parseContentRequest(raw);
      reply(answer(type, payload));
    } catch (err) {
      reply({ error: err instanceof MessageError ? err.message : String(err) });
    }
    return undefined;
  };
}
