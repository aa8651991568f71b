import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { embeddedData, jsonFindings, pageFindings } from "./support/audit-page.js";
import { BIN, buildYaml, foldersRemovedAfterEach, nianbao } from "./support/run.js";

/**
 * `check --format html` as a file: one self-contained page whose CSP allows exactly its own
 * script and stylesheet (by the hashes computed at build time), with the findings of
 * `--format json` embedded once. The browser tests (audit-html-*.test.ts) open it.
 */

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const folder = foldersRemovedAfterEach();
const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

function page(dir: string, args: readonly string[] = []): string {
  const r = nianbao(["check", ".", "--format", "html", "-o", "audit.html", ...args], dir);
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return readFileSync(join(dir, "audit.html"), "utf8");
}

describe("check --format html", () => {
  it("writes one page that loads nothing: CSP default-src 'none', its script and style allowed by their hashes", () => {
    const r = nianbao(["check", "examples", "--format", "html"], REPO);
    expect(r.status).toBe(1);
    const html = r.stdout;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/^default-src 'none'; /);
    const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src '${sha256(scripts[0]!)}'`);
    expect(csp).toContain(`style-src '${sha256(styles[0]!)}'`);
    expect(csp).not.toContain("unsafe");
    // Nothing to fetch: no src, no stylesheet link, no URL but in-page anchors.
    expect(html).not.toMatch(/\ssrc=|<link\b|\burl\(/);
    // The only URLs are XML namespace names (d3's), which nothing fetches.
    expect([...new Set(html.match(/https?:\/\/[^\s"'<> )]*/g))].sort()).toEqual([
      "http://www.w3.org/1999/xhtml",
      "http://www.w3.org/1999/xlink",
      "http://www.w3.org/2000/svg",
      "http://www.w3.org/2000/xmlns/",
      "http://www.w3.org/XML/1998/namespace",
    ]);
    // Only the data block and the script: no element of a report's text closes either.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it("embeds the findings of --format json for the same folder, report by report", () => {
    const json = JSON.parse(nianbao(["check", "examples", "--format", "json"], REPO).stdout);
    const r = nianbao(["check", "examples", "--format", "html"], REPO);
    expect(r.status).toBe(1);
    const dir = folder({ "audit.html": r.stdout });
    const data = embeddedData(join(dir, "audit.html"));
    expect(data.reports.length).toBe(json.reports.length);
    expect(pageFindings(data)).toEqual(jsonFindings(json));
    // Each report's tables are there (three grids), its year's figures for the charts too.
    for (const report of data.reports) {
      expect(report.tb).toHaveLength(3);
      expect(report.st.length).toBe(data.charts.reduce((n: number, c: any) => n + c.series.length, 0));
    }
  });

  it("keeps a report's text from closing the data block: '<' is written \\u003c and read back unchanged", () => {
    const agency = "</script><script>window.__xss=1</script><!--测试局";
    const dir = folder({ "a.nianbao.yaml": buildYaml({ agency }) });
    const html = page(dir);
    expect(html).not.toContain("<script>window.__xss");
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain("<!--");
    expect(embeddedData(join(dir, "audit.html")).reports[0].a).toBe(agency);
  });

  it("reads a report from standard input like a file, its tables included", () => {
    const text = readFileSync(join(EXAMPLES, "shilong-gongxinju-2023.nianbao.yaml"), "utf8");
    const dir = folder({});
    const piped = spawnSync(process.execPath, [BIN, "check", "-", "--format", "html", "-o", "piped.html"], {
      cwd: dir,
      input: text,
      encoding: "utf8",
    });
    expect(piped.status, piped.stderr).toBe(0);
    const data = embeddedData(join(dir, "piped.html"));
    expect(data.reports[0].f).toBe("-");
    expect(data.reports[0].tb).toHaveLength(3);
  });

  it("words the page in English with --locale en", () => {
    const dir = folder({ "a.nianbao.yaml": buildYaml({ agency: "测试市测试局" }) });
    const html = page(dir, ["--locale", "en"]);
    expect(html).toContain('<html lang="en">');
    expect(embeddedData(join(dir, "audit.html")).words["audit.nav.matrix"]).toBe("Agencies × years");
  });
});
