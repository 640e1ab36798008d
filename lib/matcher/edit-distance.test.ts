import { expect, test } from "vitest";
import { boundedEditDistance } from "./edit-distance";

test.each([
  ["reorganisation", "reorganisation", 0],
  ["reorganisaton", "reorganisation", 1],
  ["reorgnaisation", "reorganisation", 1],
  ["wholle person care", "whole person care", 1],
  ["intergrated care systems", "integrated care system", 2],
])("%s vs %s is %i edit(s)", (a, b, d) => expect(boundedEditDistance(a, b, 2)).toBe(d));

test("gives up past the bound, even for long strings", () => {
  expect(boundedEditDistance("integrated care systems", "personal health budgets", 2)).toBe(3);
  expect(boundedEditDistance("x".repeat(200), "y".repeat(200), 1)).toBe(2);
});
