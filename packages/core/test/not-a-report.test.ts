import { describe, expect, it } from "vitest";
import { notAReport, readReport } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const why = (text: string) => notAReport(readReport(text));

describe("notAReport", () => {
  it("names what is no report at all: empty, not a mapping, no section, past a reading limit", () => {
    expect(why("")).toBe("empty");
    expect(why("hello world\n")).toBe("not-mapping");
    expect(why("\u0001\u0002PK\u0003\u0004 binary ÿþ garbage")).toBe("not-mapping");
    expect(why("- a\n- b\n")).toBe("not-mapping");
    expect(why("foo: bar\n机关: 测试局\n年度: 2023\n")).toBe("no-section");
    expect(notAReport(readReport(buildYaml({}), { maxLength: 100 }))).toBe("too-large");
  });

  it("takes a report with errors or with only some sections for a report", () => {
    expect(why(buildYaml({ t3: { 结转下年度: [1, "abc", 0, 0, 0, 0, 0] } }))).toBeNull();
    expect(why("格式: 2021\n机关: 测试局\n年度: 2023\n存在问题及改进: 无\n")).toBeNull();
    expect(why(buildYaml({}).replace(/^ {2}结转下年度:/m, "\t结转下年度:"))).toBeNull();
  });
});
