import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, CHROMIUM, DIST } from "./support/page.js";

/**
 * The same folder served by a plain static host (http): the page works there too, its CSP's
 * 'self' now meaning that host, and it asks the host for nothing but its own files.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

describe.skipIf(!available && !process.env.CI)("the web page on a static host", () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  const served: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      served.push(path);
      const file = normalize(join(DIST, path === "/" ? "index.html" : decodeURIComponent(path)));
      if (!file.startsWith(DIST)) return void res.writeHead(403).end();
      readFile(file).then(
        (body) => res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body),
        () => res.writeHead(404).end(),
      );
    });
    // Port 0: the system picks a free port, so parallel runs never clash.
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("checks a report and asks its host only for its own files", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(base) && !url.startsWith("blob:") && !url.startsWith("data:")) elsewhere.push(url);
    });
    await page.goto(base);
    await page.locator("#tables[data-version]").waitFor({ timeout: 60_000 });
    expect(await page.locator("#findings .nb-finding").count()).toBeGreaterThan(0);
    expect(elsewhere).toEqual([]);
    expect(new Set(served)).toEqual(new Set(["/", "/report.css", "/app.css", "/worker-service.js", "/app.js"]));
    await page.close();
  });
});
