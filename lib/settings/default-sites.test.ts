import { expect, test } from "vitest";
import { DEFAULT_SITE_MATCHES, DEFAULT_SITES } from "./default-sites";

test("the default sites include HSJ and the BBC, each as an https match pattern", () => {
  expect(DEFAULT_SITES).toContain("www.hsj.co.uk");
  expect(DEFAULT_SITES).toContain("www.bbc.co.uk");
  expect(DEFAULT_SITE_MATCHES).toContain("https://www.hsj.co.uk/*");
});
