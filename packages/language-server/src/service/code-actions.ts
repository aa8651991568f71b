import {
  describePath,
  printedLabel,
  recomputeTotalsEdits,
  type Finding,
  type Observation,
  type TextEdit as CoreEdit,
} from "@nianbao/core";
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import type { ServiceCache } from "./cache.js";
import { toDiagnostic, toLspRange, type PreviousYear } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";
import { keyOptions } from "./form-nav.js";
import { importCutFixes } from "./import-cuts.js";
import { overlaps } from "./positions.js";
import type { Settings } from "./settings.js";
import { isMissingSection, restoreSectionEdit } from "./restore-section.js";

function lspEdits(doc: AnalyzedDocument, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toLspRange(doc.lines, e.range), newText: e.newText }));
}

function action(
  doc: AnalyzedDocument,
  title: string,
  edits: readonly CoreEdit[],
  kind: string,
  diagnostics?: Diagnostic[],
  preferred?: boolean,
): CodeAction {
  return {
    title,
    kind,
    ...(diagnostics ? { diagnostics } : {}),
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [doc.uri]: lspEdits(doc, edits) } },
  };
}

const lineStartOf = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;
const lineEndOf = (text: string, offset: number) => {
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i;
};
const indentAt = (text: string, offset: number) => {
  const s = lineStartOf(text, offset);
  return /^ */.exec(text.slice(s))![0].length;
};

/** Where a missing row goes: after the nearest earlier sibling the file has, with its indentation. */
function missingRowEdit(
  doc: AnalyzedDocument,
  obs: Extract<Observation, { kind: "missing" }>,
  cache: ServiceCache,
): CoreEdit | null {
  const { parsed, text } = doc;
  const form = parsed.read.form;
  const target = describePath(form, obs.path);
  if (!target || (target.kind !== "row" && target.kind !== "group")) return null;
  const table = obs.path.split(".")[0]!;
  const section = form.sections.find((s) => s.id === table)!;
  const groups = target.groups.map((g) => g.key);
  const options = keyOptions(form, [section.key, ...groups], cache, 0);
  const mine = options?.findIndex((o) => o.key === obs.key) ?? -1;
  if (!options || mine < 0) return null;
  const parentPath = target.groups.length ? `${table}.${target.groups[target.groups.length - 1]!.id}` : table;
  const siblingPath = (key: string) => {
    for (const [p, e] of parsed.sourceMap) {
      if (!e.key || text.slice(e.key.start, e.key.end) !== key) continue;
      const d = describePath(form, p);
      if (
        d &&
        (d.kind === "row" || d.kind === "group") &&
        d.groups.map((g) => g.key).join("/") === groups.join("/") &&
        p.startsWith(`${table}.`)
      )
        return e;
    }
    return undefined;
  };
  for (let i = mine - 1; i >= 0; i--) {
    const e = siblingPath(options[i]!.key);
    if (!e?.key) continue;
    const indent = indentAt(text, e.key.start);
    const at = lineEndOf(
      text,
      Math.max(e.value?.end ?? e.key.end, e.key.end) - (e.value && text[e.value.end - 1] === "\n" ? 1 : 0),
    );
    const body = options[mine]!.insert.split("\n")
      .map((l) => " ".repeat(indent) + l)
      .join("\n");
    return { range: { start: at, end: at }, newText: `\n${body}` };
  }
  for (let i = mine + 1; i < options.length; i++) {
    const e = siblingPath(options[i]!.key);
    if (!e?.key) continue;
    const indent = indentAt(text, e.key.start);
    const at = lineStartOf(text, e.key.start);
    const body = options[mine]!.insert.split("\n")
      .map((l) => " ".repeat(indent) + l)
      .join("\n");
    return { range: { start: at, end: at }, newText: `${body}\n` };
  }
  const parent = parsed.sourceMap.get(parentPath);
  if (!parent?.key) return null;
  const indent = indentAt(text, parent.key.start) + 2;
  const at = lineEndOf(text, parent.key.start);
  const body = options[mine]!.insert.split("\n")
    .map((l) => " ".repeat(indent) + l)
    .join("\n");
  return { range: { start: at, end: at }, newText: `\n${body}` };
}

/** 2019's single （六）其他处理 row in a 2021 report → the three 2021 rows, the old figures under 3.其他. */
function migrateEdit(
  doc: AnalyzedDocument,
  obs: Extract<Observation, { kind: "template-mismatch" }>,
  settings: Settings,
): CoreEdit | null {
  const { parsed, text } = doc;
  const form = parsed.read.form;
  if (form.year !== 2021 || !obs.path.startsWith("requests.")) return null;
  const entry = parsed.sourceMap.get(obs.path);
  if (!entry?.key || !entry.value) return null;
  const group = form.table3.rows
    .flatMap((n) => (n.type === "group" ? n.children : []))
    .find((n) => n.type === "group" && n.key === obs.key.trim());
  if (!group || group.type !== "group") return null;
  const indent = " ".repeat(indentAt(text, entry.key.start) + 2);
  const old = text.slice(entry.value.start, entry.value.end);
  const width = form.table3.columns.length;
  const zeros = `[${new Array(width).fill("0").join(", ")}]`;
  const last = group.children.length - 1;
  const rows = group.children.flatMap((c, i) =>
    i === last
      ? [`${indent}# ${t("action.migratedComment", settings.locale)}`, `${indent}${c.key}: ${old}`]
      : [`${indent}${c.key}: ${zeros}`],
  );
  return { range: { start: entry.key.start, end: entry.value.end }, newText: `${group.key}:\n${rows.join("\n")}` };
}

/** Appends a 说明 entry for a rule, creating the 说明 list when the file has none. */
function acknowledgeEdit(doc: AnalyzedDocument, code: string, settings: Settings): CoreEdit {
  const { parsed, text } = doc;
  const notes = parsed.sourceMap.get("notes");
  const entry = [`  - 规则: ${code}`, `    内容: ""  # ${t("action.acknowledgeComment", settings.locale)}`].join("\n");
  if (notes?.value && notes.key) {
    const end = notes.value.end - (text[notes.value.end - 1] === "\n" ? 1 : 0);
    return { range: { start: end, end }, newText: `\n${entry}` };
  }
  const end = text.length;
  const sep = text.endsWith("\n") ? "" : "\n";
  return { range: { start: end, end }, newText: `${sep}${parsed.read.form.notesKey}:\n${entry}\n` };
}

/** Every quick fix and refactoring the service offers for a range. */
export function codeActions(
  doc: AnalyzedDocument,
  range: Range,
  findings: readonly Finding[],
  settings: Settings,
  cache: ServiceCache,
  previous: PreviousYear | null = null,
): CodeAction[] {
  const { parsed } = doc;
  const index = doc.lines;
  const span = { start: index.offset(range.start), end: index.offset(range.end) };
  const out: CodeAction[] = [];
  const here = findings.filter((f) => overlaps(f.range, span));
  for (const f of here)
    if (f.fix)
      out.push(action(doc, f.fix.title, f.fix.edits, CodeActionKind.QuickFix, [toDiagnostic(doc, f, previous)], true));

  for (const o of parsed.read.observations) {
    if (!overlaps(o.range, span)) continue;
    if (o.kind === "template-mismatch") {
      const edit = migrateEdit(doc, o, settings);
      if (edit)
        out.push(
          action(doc, t("action.migrate2019", settings.locale, { label: o.label }), [edit], CodeActionKind.QuickFix),
        );
    }
  }
  // A glued row an import could not read: each cut its comment lists, never one chosen silently.
  for (const cut of importCutFixes(doc.text, parsed.sourceMap, parsed.read.form, span)) {
    const onRow = findings.filter((f) => overlaps(f.range, cut.row)).map((f) => toDiagnostic(doc, f, previous));
    out.push(
      action(
        doc,
        t("action.takeCut", settings.locale, { values: `[${cut.values.join(", ")}]` }),
        cut.edits,
        CodeActionKind.QuickFix,
        onRow.length ? onRow : undefined,
      ),
    );
  }
  for (const o of parsed.read.observations) {
    if (!isMissingSection(o) || !overlaps(o.range, span)) continue;
    const edit = restoreSectionEdit(doc, o, cache);
    const related = here.filter((f) => f.paths.includes(o.path));
    if (edit)
      out.push(
        action(
          doc,
          t("action.restoreSection", settings.locale, { label: o.label }),
          [edit],
          CodeActionKind.QuickFix,
          related.length ? related.map((f) => toDiagnostic(doc, f, previous)) : undefined,
          true,
        ),
      );
  }
  const missing = parsed.read.observations.filter(
    (o): o is Extract<Observation, { kind: "missing" }> =>
      o.kind === "missing" && (o.what === "row" || o.what === "group"),
  );
  const missingHere = missing.filter((o) => overlaps(o.range, span));
  for (const o of missingHere) {
    const edit = missingRowEdit(doc, o, cache);
    const target = describePath(parsed.read.form, o.path);
    if (edit)
      out.push(
        action(
          doc,
          t("action.addMissingRow", settings.locale, { label: target ? printedLabel(target).zh : o.label }),
          [edit],
          CodeActionKind.QuickFix,
        ),
      );
  }
  if (missingHere.length > 1) {
    // One edit per row, all against the original text; LSP applies them together.
    const edits = missingHere.map((o) => missingRowEdit(doc, o, cache)).filter((e): e is CoreEdit => e !== null);
    if (edits.length > 1)
      out.push(action(doc, t("action.addMissingRows", settings.locale), edits, CodeActionKind.QuickFix));
  }

  for (const f of here) {
    if (f.severity === "error") continue;
    out.push(
      action(
        doc,
        t("action.acknowledge", settings.locale, { code: f.code }),
        [acknowledgeEdit(doc, f.code, settings)],
        CodeActionKind.QuickFix,
        [toDiagnostic(doc, f, previous)],
      ),
    );
  }

  const totals = recomputeTotalsEdits(parsed.read.form, parsed.report, parsed.sourceMap);
  if (totals.length) {
    const inTable = (table: string) =>
      totals.filter((e) => [...parsed.sourceMap].some(([p, s]) => p.startsWith(`${table}.`) && s.value === e.range));
    for (const table of ["requests", "litigation"]) {
      const region = parsed.sourceMap.get(table);
      const r = region && region.key && region.value ? { start: region.key.start, end: region.value.end } : null;
      const edits = inTable(table);
      if (r && overlaps(r, span) && edits.length)
        out.push(action(doc, t("action.recomputeTable", settings.locale), edits, CodeActionKind.QuickFix));
    }
    out.push(
      action(doc, t("action.recomputeReport", settings.locale), totals, CodeActionKind.Source + ".recomputeTotals"),
    );
  }
  return out;
}
