import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalDecimal,
  cellFromText,
  FORMS,
  noteTable,
  PLACEHOLDERS,
  readReport,
  renderReportMarkdown,
  renderReportPage,
  reportTitle,
  RULES,
  table3Leaves,
  writeReportYaml,
  type Cell,
  type CellKind,
  type FormatYear,
  type Report,
  type ReportNote,
  type TableId,
} from "../src/index.js";
import { importReport } from "../src/import/index.js";

/**
 * Round trips as properties over generated reports: writing a report as YAML and reading it gives
 * the same model; rendering it as the publishable HTML page (or as Markdown) and importing that gives
 * the same model, as far as a published page carries it (its prose as lines of text, its 注 without
 * the rule code they answer). Every way of writing a cell is generated (blank, placeholder, a note,
 * full-width digits, thousands separators, words), notes under a table and notes tied to none, and
 * prose with the characters HTML and Markdown treat as markup.
 */

// ---- cells -------------------------------------------------------------------------------------

const numberCell = (exact: string): Cell => ({
  status: "number",
  value: Number(exact),
  exact,
  raw: null,
  note: null,
  normalized: null,
});

/** Mostly zeros and small counts, sometimes millions (real totals reach 11 million). */
const countExact = fc.oneof(
  { weight: 4, arbitrary: fc.constant("0") },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 60 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 20_000_000 }).map(String) },
);
/** 2019's 本年增/减 may be negative. */
const deltaExact = fc.integer({ min: -50_000, max: 50_000 }).map(String);
/** Amounts in 万元 with up to six decimals, as real reports print them. */
const amountExact = fc
  .tuple(fc.nat({ max: 99_999 }), fc.integer({ min: 0, max: 6 }), fc.nat({ max: 999_999 }))
  .map(([int, digits, frac]) =>
    canonicalDecimal(digits === 0 ? String(int) : `${int}.${String(frac).padStart(6, "0").slice(0, digits)}`),
  );

const exactOf = (kind: CellKind) => (kind === "delta" ? deltaExact : kind === "amount" ? amountExact : countExact);

const fullWidth = (s: string) => s.replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const thousands = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const noteText = fc.constantFrom("其中修订16件", "含自然失效29件", "含上年结转", "其中1件撤回");

/** The ways real reports write a cell besides a plain number. */
type Way = "placeholder" | "annotated" | "fullWidth" | "thousands" | "blank" | "invalid";

/** A cell as an author writes it: mostly a plain number, sometimes one of the other ways given. */
function cellArb(kind: CellKind, ways: ReadonlySet<Way>): fc.Arbitrary<Cell> {
  const exact = exactOf(kind);
  const all: Readonly<Record<Way, fc.Arbitrary<Cell>>> = {
    placeholder: fc.constantFrom(...PLACEHOLDERS).map(cellFromText),
    annotated: fc.tuple(exact, noteText).map(([e, n]) => cellFromText(`${e}（${n}）`)),
    fullWidth: exact.map((e) => cellFromText(fullWidth(e))),
    thousands: fc.integer({ min: 1000, max: 9_999_999 }).map((n) => cellFromText(thousands(String(n)))),
    blank: fc.constant(cellFromText("")),
    invalid: fc.constantFrom("约10件", "不详", "见附表").map(cellFromText),
  };
  return fc.oneof(
    { weight: 12, arbitrary: exact.map(numberCell) },
    ...[...ways].map((w) => ({ weight: 1, arbitrary: all[w] })),
  );
}

// ---- text --------------------------------------------------------------------------------------

/** Words of real reports, with the characters that HTML, YAML and Markdown treat specially. */
const WORDS = [
  "一是",
  "政府信息",
  "公开",
  "2023 年",
  "主动公开",
  "依申请",
  "条例",
  "第二十条",
  "“三安全一稳定”",
  "（一）",
  "《规定》",
  "10%",
  "A&B",
  "<b>",
  "a|b",
  "# 号",
  "- 项",
  "+ 加",
  "1. 条",
  ": 冒号",
  "'引号'",
  '"双引号"',
  "*强调*",
  "_下划线_",
  "`代码`",
  "[链接](x)",
  "\\",
  "\\*",
  "制\t表",
];

function texts(words: readonly string[]) {
  // A line that begins like a printed heading (（一）主动公开 …) would be one: sentences begin otherwise.
  const first = words.filter((w) => !w.startsWith("（"));
  const sentence = fc
    .tuple(fc.constantFrom(...first), fc.array(fc.constantFrom(...words), { maxLength: 7 }))
    .map(([a, w]) => `${a}${w.join("")}。`);
  /** Prose of one or more paragraphs; blank lines between some, as authors write them. */
  const prose = fc
    .array(fc.tuple(sentence, fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((ps) => ps.map(([p, blank]) => (blank ? `${p}\n` : p)).join("\n"));
  return { sentence, prose };
}
const agency = fc
  .tuple(
    fc.constantFrom("测试市", "某某县", "石龙区", "上海市"),
    fc.constantFrom("", "人民政府", "工业和信息化局", "人民政府办公厅", "科学技术委员会"),
  )
  .map(([a, b]) => a + (b || "政府"));

// ---- reports -----------------------------------------------------------------------------------

interface Shape {
  /** A published page carries every section, its prose as paragraphs, each note as a 注 under its table or after the last section. */
  readonly publishable: boolean;
  /** How cells are written besides plain numbers. */
  readonly ways: ReadonlySet<Way>;
  /** Words the prose is made of. */
  readonly words: readonly string[];
}

function reportArb(format: FormatYear, shape: Shape): fc.Arbitrary<Report> {
  const form = FORMS[format];
  const { sentence, prose } = texts(shape.words);
  const proactive = fc.record(
    Object.fromEntries(
      form.table2.blocks.flatMap((b) =>
        b.rows.map((r) => [
          r.id,
          fc.record(Object.fromEntries(b.columns.map((c) => [c.id, cellArb(c.kind, shape.ways)]))),
        ]),
      ),
    ) as Record<string, fc.Arbitrary<Record<string, Cell>>>,
  );
  const leaves = table3Leaves(form).map((l) => l.row.id);
  const sevenCells = fc.array(cellArb("count", shape.ways), { minLength: 7, maxLength: 7 });
  const requests = fc.record(
    Object.fromEntries(leaves.map((id) => [id, sevenCells])) as Record<string, fc.Arbitrary<Cell[]>>,
  );
  // A 2021 report that kept 2019's single （六）其他处理 row (seen in real reports) is written and drawn as it is.
  const otherGroup = form.table3.rows
    .flatMap((n) => (n.type === "group" ? n.children : []))
    .find((n) => n.id === "otherHandling");
  const legacy = format === 2021 && otherGroup?.type === "group" ? fc.boolean() : fc.constant(false);
  // A published row of table 四 has no label: five words and nothing else cannot be told from a header row, and the importer rightly leaves it.
  const fiveCells = fc
    .array(cellArb("count", shape.ways), { minLength: 5, maxLength: 5 })
    .filter((cells) => !shape.publishable || cells.some((c) => c.status !== "invalid"));
  const litigation = fc.record(
    Object.fromEntries(form.table4.rows.map((r) => [r.id, fiveCells])) as Record<string, fc.Arbitrary<Cell[]>>,
  );
  const topicIds = form.overviewTopics.map((t) => t.id);
  const topics = fc.record(Object.fromEntries(topicIds.map((id) => [id, prose])), {
    requiredKeys: shape.publishable ? topicIds.filter((id) => id !== "intro") : [],
  });
  const overview = fc.oneof(
    prose.map((text) => ({ text, topics: {} })),
    topics.map((t) => ({ text: null, topics: t })),
  );
  const tables: TableId[] = ["proactive", "requests", "litigation"];
  const note: fc.Arbitrary<ReportNote> = fc.record({
    rule: fc.option(fc.constantFrom(...RULES.map((r) => r.code).filter((c) => /^T[234]-/.test(c))), { nil: null }),
    table: fc.option(fc.constantFrom(...tables), { nil: null }),
    text: sentence,
  });
  const present = shape.publishable
    ? fc.constant({ overview: true, proactive: true, requests: true, litigation: true, problems: true, other: true })
    : fc.record({
        overview: fc.boolean(),
        proactive: fc.boolean(),
        requests: fc.boolean(),
        litigation: fc.boolean(),
        problems: fc.boolean(),
        other: fc.boolean(),
      });
  return fc
    .record({
      agency: shape.publishable ? agency : fc.option(agency, { nil: null }),
      year: shape.publishable
        ? fc.integer({ min: format === 2019 ? 2019 : 2021, max: format === 2019 ? 2020 : 2030 })
        : fc.option(fc.integer({ min: 2019, max: 2030 }), { nil: null }),
      // A published page prints 发布日期 in its 落款, which the importer reads back.
      publishedOn: fc.option(fc.constantFrom("2024-01-20", "2025-03-31"), { nil: null }),
      title: shape.publishable ? fc.constant(null) : fc.option(sentence, { nil: null }),
      overview,
      proactive,
      requests,
      legacy,
      legacyCells: sevenCells,
      litigation,
      problems: prose,
      other: prose,
      notes: fc.array(note, { maxLength: 3 }),
      present,
    })
    .map((g): Report => {
      const req: Report["requests"] = { ...g.requests };
      if (g.legacy && otherGroup?.type === "group") {
        for (const c of otherGroup.children) delete req[c.id as keyof Report["requests"]];
        req.otherHandling = g.legacyCells;
      }
      const p = g.present;
      return {
        format,
        formatDeclared: true,
        agency: g.agency,
        year: g.year,
        publishedOn: g.publishedOn,
        title: g.title,
        // A section the file leaves out reads as empty; the tables keep every row as missing cells.
        overview: p.overview ? g.overview : { text: null, topics: {} },
        proactive: p.proactive ? g.proactive : emptyProactive(format),
        requests: p.requests ? req : {},
        litigation: (p.litigation ? g.litigation : emptyLitigation(format)) as Report["litigation"],
        problems: p.problems ? g.problems : null,
        other: p.other ? g.other : null,
        notes: g.notes,
        present: p,
      };
    });
}

const missing = (): Cell => ({ status: "missing", value: null, exact: null, raw: null, note: null, normalized: null });
const emptyProactive = (format: FormatYear) =>
  Object.fromEntries(
    FORMS[format].table2.blocks.flatMap((b) =>
      b.rows.map((r) => [r.id, Object.fromEntries(b.columns.map((c) => [c.id, missing()]))]),
    ),
  );
const emptyLitigation = (format: FormatYear) =>
  Object.fromEntries(FORMS[format].table4.rows.map((r) => [r.id, FORMS[format].table4.columns.map(missing)]));

const ALL_WAYS: ReadonlySet<Way> = new Set(["placeholder", "annotated", "fullWidth", "thousands", "blank", "invalid"]);
const anyFormat = (shape: Shape) => fc.constantFrom<FormatYear>(2021, 2021, 2019).chain((f) => reportArb(f, shape));

// ---- what a published page carries -------------------------------------------------------------

/**
 * Prose as a page shows it: one paragraph per written line, blank lines gone, white space as HTML
 * collapses it; a space between two Chinese characters is layout, not text (an importer drops it).
 */
const lines = (text: string | null | undefined): string =>
  (text ?? "")
    .split("\n")
    .map((l) =>
      l
        .replace(/\s+/g, " ")
        .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, "$1")
        .trim(),
    )
    .filter(Boolean)
    .join("\n");

const PRINTED_ORDER: readonly (TableId | null)[] = ["proactive", "requests", "litigation", null];

/**
 * The model as far as the published page carries it: the title as printed (given or derived), prose
 * as lines, each 注 under its table (or at the end) in printed order and without the rule it answers.
 */
function published(r: Report) {
  return {
    ...r,
    title: reportTitle(r),
    overview: {
      text: r.overview.text === null ? null : lines(r.overview.text),
      topics: Object.fromEntries(Object.entries(r.overview.topics).map(([k, v]) => [k, lines(v)])),
    },
    problems: lines(r.problems),
    other: lines(r.other),
    notes: PRINTED_ORDER.flatMap((t) =>
      r.notes.filter((n) => noteTable(n) === t).map((n) => ({ table: t, text: lines(n.text) })),
    ),
  };
}

// ---- the properties ----------------------------------------------------------------------------

describe("round trips over generated reports", () => {
  it("writing YAML and reading it back gives the same model", () => {
    fc.assert(
      fc.property(anyFormat({ publishable: false, ways: ALL_WAYS, words: WORDS }), (report) => {
        const yaml = writeReportYaml(report);
        expect(readReport(yaml).report).toEqual(report);
      }),
      { numRuns: 150 },
    );
  });

  it("rendering the HTML page and importing it gives the same model", () => {
    fc.assert(
      fc.property(anyFormat({ publishable: true, ways: ALL_WAYS, words: WORDS }), (report) => {
        const html = renderReportPage(report);
        const imported = importReport(html, { kind: "html" });
        expect(published(imported.report)).toEqual(published(report));
      }),
      { numRuns: 100 },
    );
  });

  it("rendering Markdown and importing it gives the same model", () => {
    fc.assert(
      fc.property(anyFormat({ publishable: true, ways: ALL_WAYS, words: WORDS }), (report) => {
        const imported = importReport(renderReportMarkdown(report), { kind: "markdown" });
        expect(published(imported.report)).toEqual(published(report));
      }),
      { numRuns: 100 },
    );
  });
});
