/** Launches Debian's Chromium with the built extension loaded, pointed at the fixture server. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { type FixtureServer, startFixtureServer } from "./fixture-server";

export const EXTENSION_DIR = resolve(import.meta.dirname, "../../.output/chrome-mv3");
/** Hosts mapped to the fixture server: two default news sites, and one site not in the default list. */
export const NEWS_HOST = "www.hsj.co.uk";
export const SECOND_NEWS_HOST = "www.bbc.co.uk";
export const OTHER_HOST = "www.example-news.co.uk";

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium not found: run scripts/ensure-chromium.sh or set CHROMIUM_PATH.");
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Console errors seen on pages and the extension's own pages. */
  consoleErrors: string[];
  url(path: string, host?: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  }
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), "nhs-context-profile-"));
  const hosts = [NEWS_HOST, SECOND_NEWS_HOST, OTHER_HOST];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    viewport: { width: 1200, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-gpu",
      "--ignore-certificate-errors",
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(", ")}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const consoleErrors: string[] = [];
  const watch = (page: Page) =>
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
  context.on("page", watch);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    server,
    consoleErrors,
    url: (path, host = NEWS_HOST) => `https://${host}/${path.replace(/^\//, "")}`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
