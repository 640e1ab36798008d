import { expect, test } from "vitest";
import type { SeenOn } from "../messages/contract";
import { textFragmentUrl } from "./text-fragment";

const seen = (
  exact: string,
  prefix: string,
  suffix: string,
  url = "https://www.hsj.co.uk/a#top",
): SeenOn => ({
  url,
  title: "",
  matchedText: exact,
  sentence: "",
  seenAt: "2026-11-24T10:00:00.000Z",
  selectors: [
    { type: "TextQuoteSelector", exact, prefix, suffix },
    { type: "TextPositionSelector", start: 0, end: exact.length },
  ],
});

test("a saved spot becomes a text fragment with whole words of context, reserved characters encoded", () => {
  expect(textFragmentUrl(seen("top-down reorganisation", "would not mean another ", " of the NHS."))).toBe(
    "https://www.hsj.co.uk/a#:~:text=not%20mean%20another-,top%2Ddown%20reorganisation,-of%20the%20NHS.",
  );
});

test("a context word cut off at the far end is dropped, and empty context is left out", () => {
  const cut = "ly, the party’s health team has ";
  expect(cut.length).toBe(32);
  expect(textFragmentUrl(seen("ICSs", cut, ""))).toBe(
    "https://www.hsj.co.uk/a#:~:text=health%20team%20has-,ICSs",
  );
  expect(textFragmentUrl(seen("A&E, target", "", " unless a review produced strong e"))).toBe(
    "https://www.hsj.co.uk/a#:~:text=A%26E%2C%20target,-unless%20a%20review",
  );
});
