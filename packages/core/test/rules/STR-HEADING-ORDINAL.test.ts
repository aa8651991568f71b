import { describe, expect, it } from "vitest";
import { buildYaml, findingsOf, textAt } from "@nianbao/test-support/build";
import { applyFix } from "../support/edits.js";

describe("STR-HEADING-ORDINAL", () => {
  it("accepts sections written under their printed headings with the right ordinals", () => {
    const text = buildYaml()
      .replace("\n主动公开:\n", "\n二、主动公开政府信息情况:\n")
      .replace("\n依申请公开:\n", "\n三、收到和处理政府信息公开申请情况:\n");
    expect(findingsOf(text, "STR-HEADING-ORDINAL")).toEqual([]);
    expect(findingsOf(text, "STR-SECTIONS")).toEqual([]);
  });

  it("flags a heading numbered as another section (上海科委 2024 numbers its tables 一/二/三)", () => {
    const text = buildYaml().replace("\n主动公开:\n", "\n一、主动公开政府信息情况:\n");
    const [f, ...rest] = findingsOf(text, "STR-HEADING-ORDINAL");
    expect(rest).toEqual([]);
    expect(f!.severity).toBe("warning");
    expect(textAt(text, f!.range)).toBe("一、主动公开政府信息情况");
    expect(f!.message).toBe(
      "标题「一、主动公开政府信息情况」的序号「一」不对：这是第二部分「二、主动公开政府信息情况」。",
    );
    expect(f!.fix!.title).toBe("改为「二、主动公开政府信息情况」");
    const fixed = applyFix(text, f!);
    expect(fixed).toContain("\n二、主动公开政府信息情况:\n");
    expect(findingsOf(fixed, "STR-HEADING-ORDINAL")).toEqual([]);
    const [en] = findingsOf(text, "STR-HEADING-ORDINAL", { locale: "en" });
    expect(en!.message).toBe(
      "The ordinal 「一」 of the heading 「一、主动公开政府信息情况」 is wrong: this is section 二, 「二、主动公开政府信息情况」 (Proactive disclosure).",
    );
    expect(en!.fix!.title).toBe("Change to 「二、主动公开政府信息情况」");
    // The table is still read as table 二.
    expect(findingsOf(text, "STR-TABLE-PRESENT")).toEqual([]);
  });
});
