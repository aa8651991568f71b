import type { FormDef } from "../../form/index.js";
import type { Observation } from "../../read/observations.js";
import { canRenameTo, pathLabel, typeLabel, yamlScalar } from "../describe.js";
import { observationsFor, visibleRange } from "../observed.js";
import type { DocumentRule, FindingDraft, RuleContext } from "../types.js";

/**
 * The file has the report's outline: a mapping at the top, the required metadata (机关, 年度), the
 * text sections 一、五、六, and no keys the form does not know at the top or inside 一、总体情况.
 * Missing tables are STR-TABLE-PRESENT's, misshapen ones STR-TABLE-SHAPE's.
 */
export const STR_SECTIONS: DocumentRule = {
  code: "STR-SECTIONS",
  severity: "error",
  category: "structure",
  kind: "document",
  // The nearest section name to an unknown key is a guess.
  fixes: { "STR-SECTIONS.fixKey": "suggestion" },
  example: "格式: 2021\n机关: 测试市测试局\n年度: 2023\n总体情况: 本年度……\n主动公开情况: 见下表\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-SECTIONS")) {
      const draft = describe(ctx, o);
      if (draft) ctx.emit({ ...draft, range: visibleRange(ctx, draft.range, draft.paths?.[0] ?? "") });
    }
  },
};

/** The keys the top level may hold, as the form names them. */
function topKeys(form: FormDef): string {
  return [...form.meta.map((m) => m.key), ...form.sections.map((s) => s.key), form.notesKey].join("、");
}

function describe(ctx: RuleContext, o: Observation): FindingDraft | null {
  const { form } = ctx;
  switch (o.kind) {
    case "wrong-type":
      if (o.path === "") {
        if (o.found === "empty")
          return { messageId: "STR-SECTIONS.emptyFile", args: { keys: topKeys(form) }, range: o.range };
        return {
          messageId: o.found === "text" ? "STR-SECTIONS.topIsText" : "STR-SECTIONS.topNotMapping",
          args: { found: typeLabel(o.found), keys: topKeys(form) },
          range: o.range,
        };
      }
      return {
        messageId: "STR-SECTIONS.wrongType",
        args: { label: pathLabel(form, o.path), expected: typeLabel(o.expected), found: typeLabel(o.found) },
        range: o.range,
        paths: [o.path],
      };
    case "unknown-key": {
      const top = o.path === "";
      const args = { key: o.key, where: pathLabel(form, o.path), keys: top ? topKeys(form) : "" };
      if (!o.suggestion)
        return { messageId: top ? "STR-SECTIONS.unknownTopKey" : "STR-SECTIONS.unknownKey", args, range: o.range };
      return {
        messageId: top ? "STR-SECTIONS.unknownTopKeySuggest" : "STR-SECTIONS.unknownKeySuggest",
        args: { ...args, suggestion: o.suggestion },
        range: o.range,
        ...(canRenameTo(ctx, o.path, o.suggestion)
          ? {
              fix: {
                messageId: "STR-SECTIONS.fixKey",
                args: { key: o.suggestion },
                edits: [{ range: o.range, newText: yamlScalar(o.suggestion) }],
              },
            }
          : {}),
      };
    }
    case "missing": {
      if (o.what === "meta") {
        const field = form.meta.find((m) => `meta.${m.id}` === o.path);
        return {
          messageId: "STR-SECTIONS.missingMeta",
          args: { key: o.key, note: field?.note ?? { zh: "", en: "" } },
          range: o.range,
          paths: [o.path],
        };
      }
      const section = form.sections.find((s) => s.id === o.path);
      return {
        messageId: o.what === "topic" ? "STR-SECTIONS.missingTopic" : "STR-SECTIONS.missingSection",
        args: { key: o.key, label: pathLabel(form, o.path, o.label), note: section?.note ?? { zh: "", en: "" } },
        range: o.range,
        paths: [o.path],
      };
    }
    case "bad-meta": {
      const path = `meta.${o.field}`;
      const id = o.field === "year" ? "badYear" : o.field === "agency" ? "badAgency" : "badMeta";
      return {
        messageId: `STR-SECTIONS.${id}`,
        args: { written: o.written, label: pathLabel(form, path) },
        range: o.range,
        paths: [path],
      };
    }
    default:
      return null;
  }
}
