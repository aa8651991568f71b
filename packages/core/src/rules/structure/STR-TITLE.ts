import { bilingual, pathLabel, yamlScalar } from "../describe.js";
import { observationsFor, visibleRange } from "../observed.js";
import type { DocumentRule, FindingDraft } from "../types.js";

/**
 * When 标题 is given, it names the agency and the year and reads "…年政府信息公开工作年度报告".
 * The fixed ending is the form's title without the country name and the word 格式.
 */
export const STR_TITLE: DocumentRule = {
  code: "STR-TITLE",
  severity: "warning",
  category: "structure",
  kind: "document",
  // Writes a whole title in place of the author's, which may be right in a way the rule cannot see.
  fixes: { "STR-TITLE.fix": "suggestion" },
  example: "机关: 测试市测试局\n年度: 2023\n标题: 测试市测试局政府信息公开工作报告\n",
  check(ctx) {
    const { report, form } = ctx;
    for (const o of observationsFor(ctx, "STR-TITLE"))
      if (o.kind === "bad-meta")
        ctx.emit({
          messageId: "STR-TITLE.notText",
          args: { label: pathLabel(form, "meta.title") },
          range: visibleRange(ctx, o.range, "meta.title"),
          paths: ["meta.title"],
        });

    const title = report.title;
    if (title === null) return;
    const ending = form.title.replace(/^中华人民共和国/u, "").replace(/格式.*$/u, "");
    const compact = title.replace(/\s+/gu, "");
    const expected =
      report.agency !== null && report.year !== null ? `${report.agency}${report.year}年${ending}` : null;
    const range = ctx.range("meta.title");
    const valueRange = ctx.valueRange("meta.title");
    const fix: Pick<FindingDraft, "fix"> =
      expected && valueRange
        ? {
            fix: {
              messageId: "STR-TITLE.fix",
              args: { expected },
              edits: [{ range: valueRange, newText: yamlScalar(expected) }],
            },
          }
        : {};
    // One finding naming everything that is off, rather than three on the same title.
    const parts: [string, Record<string, string | number>][] = [];
    if (report.agency !== null && !namesAgency(compact, report.agency.replace(/\s+/gu, ""), report.year, ending))
      parts.push(["STR-TITLE.part.noAgency", { agency: report.agency }]);
    if (report.year !== null && !compact.includes(`${report.year}年`))
      parts.push(["STR-TITLE.part.noYear", { year: report.year }]);
    if (!compact.endsWith(ending)) parts.push(["STR-TITLE.part.badEnding", { ending }]);
    if (!parts.length) return;
    const words = parts.map(([id, a]) => bilingual(id, a));
    const problems = { zh: words.map((w) => w.zh).join("，"), en: words.map((w) => w.en).join("; ") };
    ctx.emit({
      messageId: expected ? "STR-TITLE.wrong" : "STR-TITLE.wrongNoExample",
      args: { title, problems, expected: expected ?? "" },
      range,
      paths: ["meta.title"],
      ...fix,
    });
  },
};

/** Where an agency's full name may be shortened in its title: after the region above it (淮安市 of 淮安市洪泽区人民政府). */
const REGION_END = /[省市县区州盟旗]$/u;

/**
 * The title names the agency in full, or without the name of the region above it, as 洪泽区 2023
 * does ("洪泽区人民政府 2023 年…" for 淮安市洪泽区人民政府). An abbreviation (上海市科委) or a
 * misread character (沐阳 for 沭阳) does not name it.
 */
function namesAgency(title: string, agency: string, year: number | null, ending: string): boolean {
  if (title.includes(agency)) return true;
  let name = title.endsWith(ending) ? title.slice(0, -ending.length) : title;
  if (year !== null) name = name.replace(`${year}年度`, "").replace(`${year}年`, "");
  return name.length >= 2 && agency.endsWith(name) && REGION_END.test(agency.slice(0, -name.length));
}
