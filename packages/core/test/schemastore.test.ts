import { readdirSync, readFileSync } from "node:fs";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { getLanguageService } from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CONFIG_FILE_NAME,
  CONFIG_SCHEMA_FILE_NAME,
  FORMS,
  jsonSchema,
  jsonSchemaFileName,
  type FormatYear,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

/**
 * schemas/schemastore-catalog.json is the entry Nianbao offers to SchemaStore's catalog, through
 * which yaml-language-server (VS Code's YAML extension, Neovim, Helix…) and JetBrains IDEs find the
 * schema of every `*.nianbao.yaml` without a modeline. Its `url` is the schema for either form,
 * schemas/nianbao.schema.json, which picks the form's schema by the report's 格式.
 */

const repo = new URL("../../../", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, repo), "utf8")) as Record<string, any>;
const catalog = readJson("schemas/schemastore-catalog.json") as {
  $schema: string;
  version: number;
  schemas: { name: string; description: string; fileMatch: string[]; url: string; versions?: Record<string, string> }[];
};
const entry = catalog.schemas[0]!;
const configEntry = catalog.schemas[1]!;
const years = Object.keys(FORMS).map(Number) as FormatYear[];

/** The committed file a published schema URL names (…/main/schemas/<file>), or undefined. */
const committedFile = (url: string) => /\/schemas\/([^/]+\.schema\.json)$/u.exec(url)?.[1];

/** Every report file under a folder of the repository, by its path from the repository root. */
function reportFiles(folder: string): string[] {
  return readdirSync(new URL(folder, repo), { recursive: true, encoding: "utf8" })
    .filter((p) => /\.nianbao\.ya?ml$/u.test(p))
    .map((p) => `${folder}${p}`);
}

describe("the SchemaStore catalog entry of nianbao.config.json", () => {
  it("matches the config file by its name and points to the committed schema that names itself so", () => {
    expect(Object.keys(configEntry).sort()).toEqual(["description", "fileMatch", "name", "url"]);
    expect(configEntry.description).not.toMatch(/schema/iu);
    expect(configEntry.fileMatch).toEqual([CONFIG_FILE_NAME]);
    expect(committedFile(configEntry.url)).toBe(CONFIG_SCHEMA_FILE_NAME);
    const schema = readJson(`schemas/${CONFIG_SCHEMA_FILE_NAME}`);
    expect(schema.$id).toBe(configEntry.url);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });
});

describe("the SchemaStore catalog entry", () => {
  it("has the shape of SchemaStore's catalog", () => {
    expect(catalog.$schema).toBe("https://json.schemastore.org/schema-catalog.json");
    expect(catalog.version).toBe(1);
    expect(catalog.schemas).toHaveLength(2);
    expect(Object.keys(entry).sort()).toEqual(["description", "fileMatch", "name", "url", "versions"]);
    expect(entry.name).toMatch(/\S/u);
    // SchemaStore's own rules: a description says what the files are, not that it is a schema.
    expect(entry.description).not.toMatch(/schema/iu);
    expect(entry.fileMatch).toEqual(["*.nianbao.yaml", "*.nianbao.yml"]);
    for (const url of [entry.url, ...Object.values(entry.versions!)]) expect(url).toMatch(/^https:\/\/\S+\.json$/u);
  });

  it("points to the schema for either form, and names each form's schema by its year", () => {
    expect(committedFile(entry.url)).toBe(jsonSchemaFileName());
    expect(Object.keys(entry.versions!).sort()).toEqual(years.map(String).sort());
    for (const [year, url] of Object.entries(entry.versions!))
      expect(committedFile(url)).toBe(jsonSchemaFileName(Number(year) as FormatYear));
  });

  it("names each schema by the $id the schema itself carries", () => {
    for (const url of [entry.url, ...Object.values(entry.versions!)]) {
      const schema = readJson(`schemas/${committedFile(url)}`);
      expect(schema.$id).toBe(url);
      expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
      expect(schema.title).toMatch(/政府信息公开工作年度报告/u);
      expect(schema.description).toMatch(/\S/u);
    }
  });

  it("matches every report of the repository, by file name as editors match it, and nothing else", () => {
    const matches = picomatch(entry.fileMatch, { basename: true });
    const reports = [...reportFiles("examples/"), ...reportFiles("packages/")];
    expect(reports.length).toBeGreaterThan(10);
    for (const path of reports) expect(matches(path), path).toBe(true);
    for (const path of ["report.yaml", "pnpm-workspace.yaml", "nianbao.config.json", "a.nianbao.yaml.bak"])
      expect(matches(path), path).toBe(false);
  });
});

describe("schemas/nianbao.schema.json", () => {
  it("is up to date (run node scripts/generate-schemas.mjs)", () => {
    expect(readJson(`schemas/${jsonSchemaFileName()}`)).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
  });
});

/** The schema for either form as yaml-language-server applies it, against each form's own schema. */
describe("the schema for either form in yaml-language-server", () => {
  const schemaUrl = (file: string) => new URL(`schemas/${file}`, repo).href;
  let opened = 0;
  const validate = async (file: string, body: string) => {
    const service = getLanguageService({
      schemaRequestService: async (uri: string) => readFileSync(new URL(uri), "utf8"),
      workspaceContext: {
        resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href,
      },
    } as never);
    service.configure({ validate: true, hover: true, completion: true, yamlVersion: "1.2" });
    const text = `# yaml-language-server: $schema=${schemaUrl(file)}\n${body}`;
    const doc = TextDocument.create(`file:///work/report-${++opened}.nianbao.yaml`, "yaml", 1, text);
    const found = await service.doValidation(doc, false);
    return { service, doc, found: found.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`) };
  };
  const shilong = readFileSync(new URL("examples/shilong-gongxinju-2023.nianbao.yaml", repo), "utf8");
  const report2019 = buildYaml({ format: 2019, agency: "示例县示例局", year: 2020 });
  const broken = (text: string) => text.replace(/^(\s*本年新收: \[0, 0, 0, 0, 0, 0), 0\]/mu, "$1]");

  it.each([
    ["a clean 2021 report", 2021, shilong, 0],
    ["a 2021 report with a short row", 2021, broken(shilong), 1],
    ["a 2019 report", 2019, report2019, 0],
    ["a 2019 report with a short row", 2019, broken(report2019), 1],
  ] as const)("judges %s as the %i form's schema does", async (_name, year, text, problems) => {
    const either = await validate(jsonSchemaFileName(), text);
    const own = await validate(jsonSchemaFileName(year), text);
    expect(either.found).toEqual(own.found);
    expect(either.found).toHaveLength(problems);
  });

  it("checks a 2019 report against the 2019 form, not the 2021 one", async () => {
    expect((await validate(jsonSchemaFileName(), report2019)).found).toEqual([]);
    expect((await validate(jsonSchemaFileName(2021), report2019)).found).not.toEqual([]);
    expect((await validate(jsonSchemaFileName(), broken(report2019))).found).toHaveLength(1);
  });

  it("completes the keys of the form the report names", async () => {
    const keysAfter = async (body: string) => {
      const { service, doc } = await validate(jsonSchemaFileName(), body);
      const list = await service.doComplete(doc, doc.positionAt(doc.getText().length), false);
      return list.items.map((i) => i.label);
    };
    const table2 = (y: FormatYear) => FORMS[y].table2.blocks.flatMap((b) => b.rows.map((r) => r.key));
    const in2019 = await keysAfter("格式: 2019\n主动公开:\n  ");
    const in2021 = await keysAfter("格式: 2021\n主动公开:\n  ");
    expect(in2019).toEqual(expect.arrayContaining(table2(2019)));
    expect(in2021).toEqual(expect.arrayContaining(table2(2021)));
    expect(new Set(in2019)).not.toEqual(new Set(in2021));
  });
});
