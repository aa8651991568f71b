import { FORMS, type FormDef, type FormatYear } from "../../form/index.js";
import type { Observation } from "../../read/observations.js";
import { pathLabel } from "../describe.js";
import { observationsFor, visibleRange } from "../observed.js";
import type { DocumentRule, FindingDraft, RuleContext } from "../types.js";

/** The 2021 form applies from the report year 2021 (FORMAT §6.1). */
const FIRST_YEAR_OF_2021_FORM = 2021;

/**
 * The report follows one form throughout, the one it declares (格式), and that form fits the year:
 * rows or columns of the other form (洪泽区 2023/2024: the 2021 table 二 with 2019's single
 * （六）其他处理), an undeclared or unreadable 格式, and 格式 against 年度.
 */
export const STR_TEMPLATE_VERSION: DocumentRule = {
  code: "STR-TEMPLATE-VERSION",
  severity: "error",
  category: "structure",
  kind: "document",
  // Declares the form the report was already read with (from its year, as the regulation assigns it).
  fixes: { "STR-TEMPLATE-VERSION.declare": "auto" },
  example:
    "格式: 2021\n机关: 测试市测试局\n年度: 2023\n依申请公开:\n  办理结果:\n    其他处理: [0, 0, 0, 0, 0, 0, 0]\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-TEMPLATE-VERSION")) {
      const draft = describe(ctx, o);
      if (draft) ctx.emit({ ...draft, range: visibleRange(ctx, draft.range, draft.paths?.[0] ?? "") });
    }
    checkYear(ctx);
  },
};

const source = (year: FormatYear) => FORMS[year].source;
const formatKeyOf = (form: FormDef) => form.meta.find((m) => m.id === "format")!.key;

function describe(ctx: RuleContext, o: Observation): FindingDraft | null {
  const { form } = ctx;
  const formatKey = formatKeyOf(form);
  switch (o.kind) {
    case "template-mismatch": {
      const args = {
        key: o.key,
        label: o.label,
        found: o.found,
        expected: o.expected,
        foundSource: source(o.found),
        expectedSource: source(o.expected),
      };
      const group = FORMS[2021].table3.rows
        .flatMap((n) => (n.type === "group" ? n.children : []))
        .find((n) => `requests.${n.id}` === o.path);
      if (group?.type === "group") {
        // （六）其他处理: one row in 2019, a group of three in 2021.
        const rows = group.children.map((c) => `「${c.label}」`).join("");
        const keys = group.children.map((c) => c.key).join("、");
        return {
          messageId:
            o.found === 2019 ? "STR-TEMPLATE-VERSION.singleOtherHandling" : "STR-TEMPLATE-VERSION.splitOtherHandling",
          args: { ...args, rows, keys },
          range: o.range,
          paths: [o.path],
        };
      }
      return {
        messageId: "STR-TEMPLATE-VERSION.otherForm",
        args: { ...args, where: pathLabel(form, o.path.split(".").slice(0, -1).join(".")) },
        range: o.range,
        paths: [o.path],
      };
    }
    case "format-undeclared":
      return {
        messageId: "STR-TEMPLATE-VERSION.undeclared",
        args: { inferred: o.inferred, source: source(o.inferred), formatKey },
        range: o.range,
        severity: "warning",
        fix: {
          messageId: "STR-TEMPLATE-VERSION.declare",
          args: { inferred: o.inferred, formatKey },
          edits: [{ range: o.range, newText: `${formatKey}: ${o.inferred}\n` }],
        },
      };
    case "bad-meta":
      return {
        messageId: "STR-TEMPLATE-VERSION.badFormat",
        args: {
          written: o.written,
          formatKey,
          inferred: ctx.report.format,
          source2021: source(2021),
          source2019: source(2019),
        },
        range: o.range,
        paths: ["meta.format"],
      };
    default:
      return null;
  }
}

function checkYear(ctx: RuleContext): void {
  const { report } = ctx;
  if (!report.formatDeclared || report.year === null) return;
  const args = {
    year: report.year,
    format: report.format,
    formatKey: formatKeyOf(ctx.form),
    notesKey: ctx.form.notesKey,
    source2021: source(2021),
    source2019: source(2019),
  };
  const range = ctx.range("meta.format");
  if (report.format === 2019 && report.year >= FIRST_YEAR_OF_2021_FORM)
    ctx.emit({
      messageId: "STR-TEMPLATE-VERSION.oldFormLateYear",
      args,
      range,
      related: [{ range: ctx.range("meta.year"), messageId: "STR-TEMPLATE-VERSION.yearHere", args }],
      paths: ["meta.format", "meta.year"],
    });
  else if (report.format === 2021 && report.year < FIRST_YEAR_OF_2021_FORM)
    ctx.emit({
      messageId: "STR-TEMPLATE-VERSION.newFormEarlyYear",
      args,
      range,
      severity: "warning",
      related: [{ range: ctx.range("meta.year"), messageId: "STR-TEMPLATE-VERSION.yearHere", args }],
      paths: ["meta.format", "meta.year"],
    });
}
