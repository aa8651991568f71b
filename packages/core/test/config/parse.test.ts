import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseConfig, RULES } from "../../src/index.js";

const at = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);
const findings = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  parseConfig(text, locale).findings.map((f) => [f.code, f.severity, f.messageId, at(text, f.range)]);

describe("parseConfig", () => {
  it("reads every key of a valid config", () => {
    const text = JSON.stringify({
      $schema: "https://example.org/nianbao.config.schema.json",
      rules: { "XY-SIMILARITY": "off", "VAL-BLANK": "error" },
      include: ["2024/**"],
      exclude: ["草稿/**"],
      profile: { section6Items: ["年度工作要点", "人大代表建议|人大建议"] },
      locale: "en",
    });
    expect(parseConfig(text)).toEqual({
      config: {
        rules: { "XY-SIMILARITY": "off", "VAL-BLANK": "error" },
        include: ["2024/**"],
        exclude: ["草稿/**"],
        profile: { section6Items: ["年度工作要点", "人大代表建议|人大建议"] },
        locale: "en",
      },
      findings: [],
    });
  });

  it("takes the defaults for what an empty object leaves out", () => {
    expect(parseConfig("{}")).toEqual({ config: DEFAULT_CONFIG, findings: [] });
  });

  it("points at an unknown rule code, a wrong case, a bad severity and an unknown key", () => {
    const text = '{\n  "rules": { "t4-rowsum": "off", "NOPE": "off", "T4-ROWSUM": "warn" },\n  "includ": []\n}';
    expect(findings(text)).toEqual([
      ["CONFIG-INVALID", "error", "CONFIG-INVALID.ruleCase", '"t4-rowsum"'],
      ["CONFIG-INVALID", "error", "CONFIG-INVALID.unknownRule", '"NOPE"'],
      ["CONFIG-INVALID", "error", "CONFIG-INVALID.severity", '"warn"'],
      ["CONFIG-INVALID", "error", "CONFIG-INVALID.unknownKey", '"includ"'],
    ]);
    const messages = parseConfig(text).findings.map((f) => f.message);
    expect(messages[0]).toBe("规则代码要用大写：「t4-rowsum」应写作「T4-ROWSUM」。本配置未生效，报告按默认设置检查。");
    expect(parseConfig(text, "en").findings[2]!.message).toBe(
      'The severity of T4-ROWSUM must be "off", "info", "warning" or "error", not "warn". The config is not applied; the reports are checked with the defaults.',
    );
  });

  it("sets a broken config aside whole: the reports are checked with the defaults", () => {
    const text = '{ "rules": { "XY-SIMILARITY": "off" }, "exclude": "drafts/**" }';
    const parsed = parseConfig(text);
    expect(parsed.config).toBe(DEFAULT_CONFIG);
    expect(findings(text)).toEqual([["CONFIG-INVALID", "error", "CONFIG-INVALID.type.globs", '"drafts/**"']]);
  });

  it("points at the place of a JSON syntax error", () => {
    const text = '{\n  "rules": {\n    "XY-SIMILARITY": "off",\n  }\n}';
    expect(findings(text)).toEqual([["CONFIG-INVALID", "error", "CONFIG-INVALID.json", "}"]]);
    expect(parseConfig(text).findings[0]!.message).toBe(
      "nianbao.config.json 不是有效的 JSON：最后一项后面不能有逗号。本配置未生效，报告按默认设置检查。",
    );
    expect(findings('{ "locale": "en" } // note')).toEqual([["CONFIG-INVALID", "error", "CONFIG-INVALID.json", "/"]]);
    expect(parseConfig('{ "locale" "en" }', "en").findings[0]!.message).toBe(
      'nianbao.config.json is not valid JSON: this is out of place; most likely a comma "," or a colon ":" is missing before it. The config is not applied; the reports are checked with the defaults.',
    );
    expect(findings('{ "locale": "en"').map((f) => f[2])).toEqual(["CONFIG-INVALID.json"]);
  });

  it("names wrong types by where they are", () => {
    const text = '{ "profile": { "section6Items": [1, ""] }, "locale": "fr", "include": [""] }';
    expect(findings(text).map((f) => [f[2], f[3]])).toEqual([
      ["CONFIG-INVALID.type.string", "1"],
      ["CONFIG-INVALID.type.string", '""'],
      ["CONFIG-INVALID.type.locale", '"fr"'],
      ["CONFIG-INVALID.type.glob", '""'],
    ]);
    expect(findings("[]").map((f) => f[2])).toEqual(["CONFIG-INVALID.type.object"]);
    expect(findings("  \n").map((f) => f[2])).toEqual(["CONFIG-INVALID.empty"]);
  });

  it("accepts every rule code of the registry", () => {
    const rules = Object.fromEntries(RULES.map((r) => [r.code, "info"]));
    expect(parseConfig(JSON.stringify({ rules })).findings).toEqual([]);
  });
});
