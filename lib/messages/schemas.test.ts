import { expect, test } from "vitest";
import { MessageError, parseContentRequest } from "./contract";
import { backgroundRequests, parseEnvelope } from "./schemas";

const seenOn = {
  url: "https://www.hsj.co.uk/a",
  title: "A",
  matchedText: "ICSs",
  sentence: "ICSs must be accountable.",
  seenAt: "2026-11-24T10:00:00.000Z",
  selectors: [
    { type: "TextQuoteSelector", exact: "ICSs", prefix: "", suffix: " must" },
    { type: "TextPositionSelector", start: 0, end: 4 },
  ],
};

test("the background accepts a well-formed save", () => {
  const env = { type: "library:save", payload: { statementId: "ashworth-2019-one-going-on-now", seenOn } };
  expect(parseEnvelope(backgroundRequests, env).type).toBe("library:save");
});

test.each([
  [{ type: "library:drop-all", payload: {} }, /unknown message type/],
  [{ type: "library:save", payload: { statementId: "<script>", seenOn } }, /library:save: statementId/],
  [
    {
      type: "library:save",
      payload: { statementId: "x", seenOn: { ...seenOn, url: "javascript:alert(1)" } },
    },
    /seenOn.url/,
  ],
  [{ type: "badge:set", payload: { count: -1 } }, /badge:set: count/],
  [{ type: "site:set-enabled", payload: { host: "a b", enabled: true } }, /host/],
])("the background rejects a malformed message: %j", (env, message) => {
  expect(() => parseEnvelope(backgroundRequests, env)).toThrow(MessageError);
  expect(() => parseEnvelope(backgroundRequests, env)).toThrow(message);
});

test("the content script only takes known popup requests", () => {
  expect(parseContentRequest({ type: "page:reveal", payload: { index: 2 } })).toEqual({
    type: "page:reveal",
    payload: { index: 2 },
  });
  expect(() => parseContentRequest({ type: "page:reveal", payload: { index: -1 } })).toThrow(MessageError);
  expect(() => parseContentRequest({ type: "library:save", payload: {} })).toThrow(/unknown message type/);
});
