import { describe, expect, it } from "vitest";
import {
  checkOptionsWith,
  configFor,
  parentFolder,
  parseReport,
  type ConfigCache,
  type ConfigHost,
} from "../../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

/** A disk in memory, counting reads, so the search is tested without I/O (core does none). */
function memoryHost(files: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      if (path in files) return files[path]!;
      if (path.startsWith("/denied/")) throw Object.assign(new Error("denied"), { code: "EACCES" });
      return null;
    },
  };
}

describe("configFor", () => {
  const host = () =>
    memoryHost({
      "/work/nianbao.config.json": '{ "rules": { "XY-SIMILARITY": "off" } }',
      "/work/city/nianbao.config.json": '{ "locale": "en", "exclude": ["drafts/**"] }',
    });

  it("takes the nearest config upward from the report, and stops there (no cascade)", () => {
    const h = host();
    const cache: ConfigCache = new Map();
    const city = configFor("/work/city/2024/a.nianbao.yaml", h, cache)!;
    expect(city.path).toBe("/work/city/nianbao.config.json");
    expect(city.config.locale).toBe("en");
    // The parent's rules do not reach the reports under the nearer config.
    expect(city.config.rules).toEqual({});
    expect(configFor("/work/town/a.nianbao.yaml", h, cache)!.path).toBe("/work/nianbao.config.json");
    expect(configFor("/elsewhere/a.nianbao.yaml", h, cache)).toBeNull();
  });

  it("reads each folder once per cache", () => {
    const h = host();
    const cache: ConfigCache = new Map();
    configFor("/work/city/2024/a.nianbao.yaml", h, cache);
    configFor("/work/city/2024/b.nianbao.yaml", h, cache);
    configFor("/work/city/2023/c.nianbao.yaml", h, cache);
    expect(h.reads).toEqual([
      "/work/city/2024/nianbao.config.json",
      "/work/city/nianbao.config.json",
      "/work/city/2023/nianbao.config.json",
    ]);
  });

  it("includes and excludes reports by globs relative to the config's folder", () => {
    const h = memoryHost({
      "/work/nianbao.config.json": '{ "include": ["**/2024/**", "*.nianbao.yaml"], "exclude": ["**/草稿/**"] }',
    });
    const config = configFor("/work/a.nianbao.yaml", h, new Map())!;
    expect(config.includes("/work/a.nianbao.yaml")).toBe(true);
    expect(config.includes("/work/city/2024/a.nianbao.yaml")).toBe(true);
    expect(config.includes("/work/city/2023/a.nianbao.yaml")).toBe(false);
    expect(config.includes("/work/city/2024/草稿/a.nianbao.yaml")).toBe(false);
  });

  it("turns an unreadable config into a finding on it, and applies nothing", () => {
    const config = configFor("/denied/a.nianbao.yaml", memoryHost({}), new Map())!;
    expect(config.path).toBe("/denied/nianbao.config.json");
    expect(config.findings.map((f) => f.message)).toEqual([
      "无法读取 nianbao.config.json（EACCES）。本配置未生效，报告按默认设置检查。",
    ]);
    expect(config.includes("/denied/a.nianbao.yaml")).toBe(true);
  });

  it("walks Windows paths up to the drive", () => {
    const h = memoryHost({ "C:\\reports\\nianbao.config.json": '{ "exclude": ["old/**"] }' });
    const config = configFor("C:\\reports\\old\\a.nianbao.yaml", h, new Map())!;
    expect(config.path).toBe("C:\\reports\\nianbao.config.json");
    expect(config.includes("C:\\reports\\old\\a.nianbao.yaml")).toBe(false);
    expect(parentFolder("C:\\reports")).toBe("C:\\");
    expect(parentFolder("C:\\")).toBeNull();
    expect(parentFolder("/a")).toBe("/");
    expect(parentFolder("/")).toBeNull();
  });
});

describe("checkOptionsWith", () => {
  const config = {
    rules: { "XY-SIMILARITY": "off", "VAL-BLANK": "error" },
    include: null,
    exclude: [],
    profile: { section6Items: ["创新"] },
    locale: "en",
  } as const;

  it("gives the config's rules, profile and locale, under what the caller sets", () => {
    expect(checkOptionsWith(config, { severity: { "VAL-BLANK": "warning" } })).toEqual({
      severity: { "XY-SIMILARITY": "off", "VAL-BLANK": "warning" },
      locale: "en",
      profile: { section6Items: ["创新"] },
    });
    expect(checkOptionsWith(config, { locale: "zh-CN" }).locale).toBe("zh-CN");
    expect(checkOptionsWith(null, { locale: "zh-CN" })).toEqual({ locale: "zh-CN" });
  });

  it("sets the 六、其他事项 profile that NAR-SEC6-OTHER checks", () => {
    const text = buildYaml({ other: "本年度未收取信息处理费。" });
    const codes = (o: object) => parseReport(text, o).findings.filter((f) => f.code === "NAR-SEC6-OTHER");
    expect(codes({})).toEqual([]);
    expect(codes(checkOptionsWith(config)).map((f) => f.message)).toEqual([
      "The local profile requires 「创新」 in section 六 (other matters), but it is not mentioned.",
    ]);
  });
});
