/** Serves tests/fixtures over HTTPS on loopback with a throwaway self-signed certificate. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export interface FixtureServer {
  port: number;
  /** Extra routes (path -> body) for pages a test generates, e.g. a huge article. */
  routes: Map<string, string>;
  close(): Promise<void>;
}

function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "nhs-context-cert-"));
  try {
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"].concat([
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ]),
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFixtureServer(root = FIXTURES): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer(throwawayCertificate(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "https://x").pathname);
    if (path === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    const body = routes.get(path);
    if (body !== undefined) {
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? TYPES[".html"] });
      res.end(body);
      return;
    }
    // History-API fixtures push paths that do not exist as files: serve their base page.
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    try {
      if (!file.startsWith(root)) throw new Error("outside fixtures");
      const data = readFileSync(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(data);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    port: (server.address() as AddressInfo).port,
    routes,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
