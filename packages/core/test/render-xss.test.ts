import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  parseReport,
  renderReportHtml,
  renderReportPage,
  REPORT_CSS,
  type ParsedReport,
} from "../src/index.js";
import {
  elements,
  PAGE_TAGS,
  REPORT_TAGS,
  strictHtml,
  textContent,
  textOfPath,
  type StrictHtml,
} from "@nianbao/test-support/html-strict";
import { hostileReport, XSS_CORPUS } from "@nianbao/test-support/xss";

/**
 * Issue 6: every payload of the XSS corpus, in every text field of a report, renders as text. The
 * HTML is read strictly: every `<` opens or closes a tag the renderer writes, with only its own
 * attributes (no `on*`, nothing that takes a URL or a style), the only `<style>` being the page's
 * own stylesheet; and each payload is found, unescaped, as the text of the element that shows it.
 */

const PAGE_ALL_TAGS = new Set([...REPORT_TAGS, ...PAGE_TAGS]);

const html = (p: ParsedReport) =>
  renderReportHtml(p.report, { marks: p.findings, source: { sourceMap: p.sourceMap, lineIndex: p.lineIndex } });
const page = (p: ParsedReport, marked: boolean) => renderReportPage(p.report, marked ? { marks: p.findings } : {});
const tags = (parsed: StrictHtml) => [...elements(parsed.roots)].map((e) => e.tag);

/** The same report with a harmless text in every field: what the renderer writes of its own. */
const BENIGN = {
  agency: parseReport(hostileReport("无害文字", "agency").yaml),
  title: parseReport(hostileReport("无害文字", "title").yaml),
};

describe("the XSS corpus", () => {
  it("holds the payloads issue 6 names, one a line, and the generated ones", () => {
    const has = (s: string) => XSS_CORPUS.some((p) => p.includes(s));
    for (const s of [
      "<script>alert(1)</script>",
      "onerror=",
      '"><svg onload=',
      "javascript:alert(1)",
      "</style><script>",
      "<style>*{display:none}</style>",
      "expression(",
      "url(javascript:",
      "&lt;",
      "<!--",
      "<![CDATA[",
      "<iframe srcdoc=",
      "\\u003c",
      "`",
      "${alert(1)}",
      "\u0000",
    ])
      expect(has(s), s).toBe(true);
    expect(Math.max(...XSS_CORPUS.map((p) => p.length))).toBeGreaterThan(9_000);
    expect(XSS_CORPUS.every((p) => !p.includes("\n"))).toBe(true);
  });
});

describe.each(["agency", "title"] as const)(
  "renderReportHtml and renderReportPage with a payload in every text field (%s)",
  (variant) => {
    const benign = BENIGN[variant];
    const benignHtml = tags(strictHtml(html(benign), { tags: REPORT_TAGS }));
    const benignPage = tags(strictHtml(page(benign, true), { tags: PAGE_ALL_TAGS, stylesheet: REPORT_CSS }));

    it.each(XSS_CORPUS.map((p) => [p.length > 80 ? `${p.slice(0, 60)}… (${p.length} characters)` : p, p]))(
      "%s",
      (_, payload) => {
        const { yaml, fields } = hostileReport(payload, variant);
        const parsed = parseReport(yaml);
        // The payload did reach the report: the reader kept it as written.
        expect(parsed.report.problems?.trim()).toBe(payload.trim());

        const fragment = strictHtml(html(parsed), { tags: REPORT_TAGS });
        expect(fragment.problems).toEqual([]);
        // No element of its own, not even one the renderer also writes: the same elements as a harmless report.
        expect(tags(fragment)).toEqual(benignHtml);
        for (const [path, text] of fields) expect(textOfPath(fragment, path), path).toContain(text);

        for (const marked of [false, true]) {
          const doc = strictHtml(page(parsed, marked), { tags: PAGE_ALL_TAGS, stylesheet: REPORT_CSS });
          expect(doc.problems).toEqual([]);
          if (marked) expect(tags(doc)).toEqual(benignPage);
          const title = [...elements(doc.roots)].find((e) => e.tag === "title")!;
          expect(textContent(title)).toContain(payload.trim());
        }
      },
    );
  },
);

describe("the strict reader catches what it is there to catch", () => {
  // A check that cannot fail proves nothing: each of these is what an unescaped payload would leave.
  const base = renderReportHtml(parseReport(hostileReport("无害文字", "agency").yaml).report);
  const inject = (markup: string) => base.replace(escapeHtml("无害文字"), markup);

  it.each([
    ["a script", "<script>alert(1)</script>", /<script>/],
    ["an event attribute on a tag the renderer writes", '<p onclick="alert(1)">x</p>', /event attribute onclick/],
    ["an unquoted attribute", "<p class=x>x</p>", /starts no tag/],
    ["a style attribute", '<p style="color:red">x</p>', /attribute style/],
    [
      "a javascript: URL in an attribute the renderer writes",
      '<p class="javascript:alert(1)">x</p>',
      /javascript: in class/,
    ],
    ["a raw &", "a & b", /unescaped &/],
    ["a raw >", "a > b", /unescaped >/],
    ["a closing tag that breaks out of the cell", "</td></tr>", /closes/],
    ["a stylesheet of its own", "<style>*{display:none}</style>", /<style>/],
  ])("%s", (_, markup, problem) => {
    const problems = strictHtml(inject(markup), { tags: REPORT_TAGS }).problems;
    expect(
      problems.some((p) => problem.test(p)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("and an element the renderer writes, injected whole, changes the page's elements", () => {
    const clean = tags(strictHtml(base, { tags: REPORT_TAGS }));
    const injected = strictHtml(inject("<p>x</p>"), { tags: REPORT_TAGS });
    expect(injected.problems).toEqual([]);
    expect(tags(injected)).not.toEqual(clean);
  });
});
