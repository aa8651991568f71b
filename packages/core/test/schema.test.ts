import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import {
  FORMS,
  documentSchema,
  jsonSchema,
  jsonSchemaFileName,
  readReport,
  table3Leaves,
  type FormatYear,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const repo = new URL("../../../", import.meta.url);
const years = Object.keys(FORMS).map(Number) as FormatYear[];
const examples = readdirSync(new URL("examples/", repo))
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => ({ name: f, text: readFileSync(new URL(`examples/${f}`, repo), "utf8") }));

const formatOf = (text: string): FormatYear => readReport(text).report.format;

/** Issues as `path: code`, for readable failures. */
const issues = (format: FormatYear, text: string) => {
  const r = documentSchema(format).safeParse(YAML.parse(text));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.code}`);
};

const NOTES = [
  "  - 2023 年集中清理规范性文件。",
  "  - 内容: 行政复议数量含上年度结转数量。",
  "    表: 复议诉讼",
  "  - 内容: 行政诉讼数量含上年度结转数量。",
  "    表: 四",
  "    规则: T4-ROWSUM",
].join("\n");

/** Documents written in the canonical vocabulary, each a different legal shape. */
const valid: { name: string; format: FormatYear; text: string }[] = [
  { name: "2021 zero report", format: 2021, text: buildYaml() },
  { name: "2019 zero report", format: 2019, text: buildYaml({ format: 2019, year: 2020 }) },
  { name: "overview as one text", format: 2021, text: buildYaml({ overview: "本年度工作有序开展。" }) },
  {
    name: "dates, titles and notes",
    format: 2021,
    text: buildYaml({
      publishedOn: "2024-01-20",
      title: "测试市测试局2023年政府信息公开工作年度报告",
      extra: `说明:\n${NOTES}`,
    }),
  },
  {
    name: "placeholders, annotations, full-width digits and a fee with decimals",
    format: 2021,
    text: buildYaml({
      t2: { 规章: { 本年制发: "'22（其中修订16件）'", 现行有效: "'/'" }, 行政事业性收费: 7730.28, 行政许可: "'１２'" },
      t3: { 本年新收: ["''", 0, 0, 0, 0, 0, 0] },
    }),
  },
  {
    name: "a 2019 change column may be negative",
    format: 2019,
    text: buildYaml({ format: 2019, year: 2020, t2: { 行政许可: { 本年增减: -3 } } }),
  },
  // A real report transcribed clean (the other examples keep their published errors).
  ...examples
    .filter((e) => e.name.startsWith("shilong-gongxinju-2023"))
    .map((e) => ({ name: e.name, format: formatOf(e.text), text: e.text })),
];

describe("documentSchema", () => {
  it.each(valid)("accepts $name", ({ format, text }) => {
    expect(issues(format, text)).toEqual([]);
  });

  // The schema is the strict, canonical subset of what the reader takes.
  it.each(valid)("reads $name without any structural observation", ({ text }) => {
    expect(readReport(text).observations).toEqual([]);
  });

  // Real reports keep their published mistakes: the schema must see each one the reader sees.
  it.each(examples)("agrees with the reader on the structure of $name", ({ text }) => {
    const structural = readReport(text).observations.filter(
      (o) => o.kind !== "limit" && o.kind !== "bad-meta" && o.kind !== "normalized-meta",
    );
    const accepted = issues(formatOf(text), text).length === 0;
    if (accepted) expect(structural).toEqual([]);
    if (structural.length) expect(accepted).toBe(false);
  });

  it("rejects a table 三 row of 6 cells at that row", () => {
    const text = buildYaml({ t3: { 予以公开: [1, 0, 0, 0, 0, 1] } });
    expect(issues(2021, text)).toContain("依申请公开.办理结果.予以公开: too_small");
  });

  it("rejects a table 四 block of 6 cells", () => {
    const text = buildYaml({ t4: { 行政复议: [0, 0, 0, 0, 0, 0] } });
    expect(issues(2021, text)).toContain("复议诉讼.行政复议: too_big");
  });

  it("rejects an unknown key and a mistyped label", () => {
    const text = buildYaml().replace("  属于国家秘密:", "  属于国家秘蜜:").replace("其他事项:", "其它事项:");
    const found = issues(2021, text);
    expect(found).toContain("依申请公开.办理结果.不予公开: unrecognized_keys");
    expect(found).toContain(": unrecognized_keys");
    expect(found).toContain("其他事项: invalid_type");
  });

  it("rejects a 2019 row in a 2021 report and a 2021 row in a 2019 report", () => {
    expect(issues(2021, buildYaml({ format: 2019, year: 2021 }).replace("格式: 2019", "格式: 2021"))).toContain(
      "主动公开: unrecognized_keys",
    );
    expect(issues(2019, buildYaml({ format: 2021, year: 2020 }).replace("格式: 2021", "格式: 2019"))).toContain(
      "依申请公开.办理结果.其他处理: invalid_type",
    );
  });

  it("takes table 二 rows as the form prints them: one cell, or a mapping of the columns", () => {
    expect(issues(2021, buildYaml().replace(/行政许可: 0/u, "行政许可: { 本年处理决定数量: 3 }"))).toEqual([
      "主动公开.行政许可: invalid_union",
    ]);
    expect(issues(2021, buildYaml().replace(/规章: \{[^}]*\}/u, "规章: 3"))).toEqual(["主动公开.规章: invalid_type"]);
    expect(issues(2021, buildYaml().replace(/规章: \{ 本年制发: 0, /u, "规章: { "))).toEqual([
      "主动公开.规章.本年制发: invalid_union",
    ]);
  });

  it("rejects the other form's 格式", () => {
    expect(issues(2019, buildYaml())).toContain("格式: invalid_value");
  });

  it("rejects negative and fractional counts but takes a fee with decimals", () => {
    expect(issues(2021, buildYaml({ t3: { 本年新收: [-1, 0, 0, 0, 0, 0, -1] } }))).toContain(
      "依申请公开.本年新收.0: too_small",
    );
    expect(issues(2021, buildYaml({ t4: { 行政复议: [0.5, 0, 0, 0, 0.5] } }))).toContain(
      "复议诉讼.行政复议.0: invalid_union",
    );
    expect(issues(2021, buildYaml({ t2: { 行政事业性收费: 0.000123 } }))).toEqual([]);
  });

  it("requires the required metadata and every section", () => {
    const text = buildYaml({ agency: null }).replace(/\n复议诉讼:\n(?: {2}.*\n)+/u, "\n");
    const found = issues(2021, text);
    expect(found).toContain("机关: invalid_type");
    expect(found).toContain("复议诉讼: invalid_type");
  });

  it("rejects a 说明 entry without its text, or naming an unknown table", () => {
    const bad = buildYaml({ extra: "说明:\n  - 规则: T4-ROWSUM\n  - 内容: 注\n    表: 五" });
    expect(issues(2021, bad)).toEqual(["说明.0: invalid_union", "说明.1: invalid_union"]);
  });
});

describe("documentSchema is derived from the form", () => {
  it.each(years)("titles every table 三 row and cell of the %i form with its printed label", (year) => {
    const form = FORMS[year];
    const json = jsonSchema(year) as { properties: Record<string, any> };
    for (const leaf of table3Leaves(form)) {
      let node = json.properties[form.table3.key];
      for (const key of leaf.keyPath) node = node.properties[key];
      expect(node.title).toBe(leaf.row.label);
      if (leaf.row.article) expect(node.description).toContain(leaf.row.article);
      expect(node.description).toContain(leaf.row.en);
      expect(node.items.map((c: { title: string }) => c.title)).toEqual(form.table3.columns.map((c) => c.label));
    }
  });

  it.each(years)("describes every table 二 row and column and every section of the %i form", (year) => {
    const form = FORMS[year];
    const json = jsonSchema(year) as { properties: Record<string, any>; title: string; description: string };
    expect(json.title).toBe(form.title);
    expect(json.description).toContain(form.source);
    for (const s of form.sections) {
      expect(json.properties[s.key].title).toBe(`${s.ordinal}、${s.heading}`);
      expect(json.properties[s.key].description).toContain(s.note.zh);
    }
    for (const block of form.table2.blocks)
      for (const row of block.rows) {
        const node = json.properties[form.table2.key].properties[row.key];
        expect(node.title).toBe(row.label);
        if (block.columns.length === 1) {
          expect(node.type).toContain("string");
          expect(node.description).toContain(block.columns[0]!.label);
        } else {
          expect(Object.keys(node.properties)).toEqual(block.columns.map((c) => c.key));
          expect(block.columns.map((c) => node.properties[c.key].title)).toEqual(block.columns.map((c) => c.label));
        }
      }
    const zh = json.properties[form.table2.key].properties["行政事业性收费"].description as string;
    expect(zh.indexOf(form.table2.blocks.at(-1)!.rows[0]!.label)).toBeLessThan(zh.indexOf("\n\n"));
  });

  it("carries the filling notes and articles into hovers, 中文 before English", () => {
    const json = jsonSchema(2021) as { properties: Record<string, any> };
    const fee = json.properties["主动公开"].properties["行政事业性收费"];
    expect(fee.description).toMatch(
      /^第二十条第（八）项 › 行政事业性收费 › 本年收费金额（单位：万元）\n条例第二十条第（八）项\n本年收取的行政事业性收费金额/u,
    );
    expect(fee.description).toContain("\n\nArt. 20(8): administrative fees");
  });
});

describe("committed JSON Schemas", () => {
  it.each(years)("schemas/nianbao-%i.schema.json is up to date (run node scripts/generate-schemas.mjs)", (year) => {
    const committed = JSON.parse(readFileSync(new URL(`schemas/${jsonSchemaFileName(year)}`, repo), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchema(year))));
  });

  it("is draft-07, for yaml-language-server", () => {
    expect(jsonSchema(2021)["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
  });
});

/**
 * The committed JSON Schema as an editor uses it: yaml-language-server (a root devDependency, for
 * the language-server benchmark) loads it from the `# yaml-language-server: $schema=` comment.
 */
describe("the JSON Schema in yaml-language-server", async () => {
  const yls = await import("yaml-language-server").catch(() => null);
  const textDocument = await import("vscode-languageserver-textdocument").catch(() => null);
  const available = !!yls && !!textDocument;
  const schemaUrl = new URL(`schemas/${jsonSchemaFileName(2021)}`, repo);
  const shilong = examples.find((e) => e.name.startsWith("shilong-gongxinju-2023"))!.text;

  // yaml-language-server caches parsed documents by URI and version: each text gets its own URI.
  let opened = 0;
  const open = (body: string) => {
    const service = yls!.getLanguageService({
      schemaRequestService: async (uri: string) => readFileSync(new URL(uri), "utf8"),
      workspaceContext: {
        resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href,
      },
    } as never);
    service.configure({ validate: true, hover: true, completion: true, yamlVersion: "1.2" });
    const text = `# yaml-language-server: $schema=${schemaUrl.href}\n${body}`;
    const doc = textDocument!.TextDocument.create(`file:///work/report-${++opened}.nianbao.yaml`, "yaml", 1, text);
    const at = (needle: string, delta = 0) => doc.positionAt(text.indexOf(needle) + delta);
    const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
      text.slice(doc.offsetAt(r.start), doc.offsetAt(r.end));
    return { service, doc, at, slice };
  };
  const hover = async (body: string, needle: string, delta: number) => {
    const { service, doc, at } = open(body);
    const h = await service.doHover(doc, at(needle, delta));
    return (h?.contents as { value?: string } | undefined)?.value ?? "";
  };

  it.skipIf(!available)("finds nothing to say about a clean report", async () => {
    const { service, doc } = open(shilong);
    expect(await service.doValidation(doc, false)).toEqual([]);
  });

  it.skipIf(!available)("points at a short row and an unknown key", async () => {
    const { service, doc, slice } = open(
      shilong
        .replace("予以公开: [0, 0, 0, 0, 0, 0, 0]", "予以公开: [0, 0, 0, 0, 0, 0]")
        .replace("其他事项:", "其它事项:"),
    );
    const found = (await service.doValidation(doc, false)).map((d) => slice(d.range));
    expect(found).toContain("[0, 0, 0, 0, 0, 0]");
    expect(found).toContain("其它事项");
  });

  it.skipIf(!available)("hovers a key with its printed label and article, and a cell with its column", async () => {
    const licensing = await hover(shilong, "行政许可", 1);
    expect(licensing).toMatch(
      /^#### 行政许可\n\n第二十条第（五）项 › 行政许可 › 本年处理决定数量（件）\n\n条例第二十条第（五）项/u,
    );
    const cell = await hover(shilong, "本年新收: [0, 0", 10);
    expect(cell).toMatch(/^#### 商业企业\n\n一、本年新收政府信息公开申请数量 › 商业企业（件）\n\nbusinesses/u);
  });

  it.skipIf(!available)("completes the rows of a group in printed order", async () => {
    const body = "格式: 2021\n依申请公开:\n  办理结果:\n    无法提供:\n      ";
    const { service, doc } = open(body);
    const list = await service.doComplete(doc, doc.positionAt(doc.getText().length), false);
    const keys = list.items.map((i) => i.label);
    expect(keys).toEqual(
      expect.arrayContaining(["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]),
    );
  });
});
