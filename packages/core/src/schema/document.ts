import * as z from "zod";
import { formFor, printedHeading } from "../form/index.js";
import type {
  ColumnDef,
  FormDef,
  FormatYear,
  MetaFieldDef,
  SectionDef,
  Table2BlockDef,
  Table3Node,
  TopicDef,
} from "../form/types.js";
import { columnPath, describeColumn, described, describeForm, noteEn, noteZh, type Described } from "./describe.js";

/**
 * The zod schema of a `*.nianbao.yaml` document as authors write it (the plain data of
 * `YAML.parse(text)`), derived from the form description.
 *
 * It accepts the canonical vocabulary only: the reader is more lenient (aliases, ordinal
 * prefixes, full-width keys, the other form's rows) and turns each leniency into a finding, so a
 * document this schema accepts reads without any structural observation.
 */

/** A cell as written: a number, a text ('/', '１２', '22（其中修订16件）'), or nothing (blank). */
function cellSchema(column: ColumnDef, meta: Described) {
  const number = column.kind === "count" ? z.int().min(0) : column.kind === "delta" ? z.int() : z.number().min(0);
  return z.union([number, z.string(), z.null()]).meta(meta);
}

function rowTuple(columns: readonly ColumnDef[], context: string) {
  const [first, ...rest] = columns.map((c) => cellSchema(c, describeColumn(c, context)));
  if (!first) throw new Error(`form has a table row without columns: ${context}`);
  return z.tuple([first, ...rest]);
}

function metaFieldSchema(form: FormDef, def: MetaFieldDef) {
  const meta = described({ title: def.key, zh: [def.note.zh], en: [def.note.en] });
  switch (def.id) {
    case "format":
      // The reader takes `格式: 2021` and `格式: "2021"` alike.
      return z.literal([form.year, String(form.year)]).meta(meta);
    case "year":
      return z.union([z.int().min(2000).max(2100), z.string().regex(/^\s*\d{4}\s*年?\s*$/u)]).meta(meta);
    case "publishedOn":
      return z
        .string()
        .regex(/^\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*$/u)
        .meta(meta);
    case "agency":
      return z.string().trim().min(1).meta(meta);
    case "title":
      return z.string().meta(meta);
  }
}

function sectionMeta(def: SectionDef) {
  return described({
    title: printedHeading(def),
    zh: [def.article, def.note.zh],
    en: [def.en, def.note.en],
  });
}

function overviewSchema(form: FormDef, def: SectionDef) {
  const topic = (t: TopicDef) =>
    z
      .string()
      .meta(described({ title: t.label, zh: [noteZh(t.note)], en: [t.en, noteEn(t.note)] }))
      .optional();
  const topics = z.strictObject(Object.fromEntries(form.overviewTopics.map((t) => [t.key, topic(t)])));
  return z.union([z.string(), topics]).meta(sectionMeta(def));
}

function table2Schema(form: FormDef, def: SectionDef) {
  // One column: the row is its cell (`行政许可: 0`); several: a mapping of the columns.
  const rowSchema = (block: Table2BlockDef, row: Table2BlockDef["rows"][number]) => {
    const context = `${block.caption} › ${row.label}`;
    const only = block.columns.length === 1 ? block.columns[0]! : null;
    const meta = described({
      title: row.label,
      zh: [only ? columnPath(only, context) : context, row.article, noteZh(row.note)],
      en: [block.en, only ? `${row.en}: ${only.en}` : row.en, noteEn(row.note)],
    });
    if (only) return cellSchema(only, meta);
    return z
      .strictObject(Object.fromEntries(block.columns.map((c) => [c.key, cellSchema(c, describeColumn(c, context))])))
      .meta(meta);
  };
  const rows = form.table2.blocks.flatMap((block) =>
    block.rows.map((row) => [row.key, rowSchema(block, row)] as const),
  );
  return z.strictObject(Object.fromEntries(rows)).meta(sectionMeta(def));
}

function table3Schema(form: FormDef, def: SectionDef) {
  const { columns } = form.table3;
  const node = (n: Table3Node, context: readonly string[]): z.ZodType => {
    const path = [...context, n.label];
    const printed = path.join(" › ");
    const meta = described({ title: n.label, zh: [printed, n.article, noteZh(n.note)], en: [n.en, noteEn(n.note)] });
    if (n.type === "row") return rowTuple(columns, printed).meta(meta);
    return z.strictObject(Object.fromEntries(n.children.map((c) => [c.key, node(c, path)]))).meta(meta);
  };
  const rows = form.table3.rows.map((n) => [n.key, node(n, [])] as const);
  return z.strictObject(Object.fromEntries(rows)).meta(
    described({
      title: sectionMeta(def).title,
      zh: [def.article, form.table3.relationNote, def.note.zh],
      en: [def.en, def.note.en],
    }),
  );
}

function table4Schema(form: FormDef, def: SectionDef) {
  const t4 = form.table4;
  const rows = t4.rows.map((row, i) => {
    const header = i === 0 ? t4.reviewHeader : t4.litigationHeader;
    const context = header === row.label ? row.label : `${header} › ${row.label}`;
    const meta = described({
      title: row.label,
      zh: [context === row.label ? undefined : context, row.article],
      en: [row.en],
    });
    return [row.key, rowTuple(t4.columns, context).meta(meta)] as const;
  });
  return z.strictObject(Object.fromEntries(rows)).meta(sectionMeta(def));
}

function textSchema(def: SectionDef) {
  return z.string().meta(sectionMeta(def));
}

/**
 * The fields of an entry of 说明. The reader (read/reader.ts, readNotes) defines them; the schema
 * test reads a document using each of them, so a change on either side fails there.
 */
const NOTE_FIELDS = { rule: "规则", text: "内容", table: "表" } as const;

function notesSchema(form: FormDef) {
  // A note may name its table by the section key (依申请公开) or by its ordinal (三).
  const tables = form.sections.filter((s) => s.kind !== "text").flatMap((s) => [s.key, s.ordinal]);
  const entry = z.strictObject({
    [NOTE_FIELDS.text]: z.string().trim().min(1).meta({ title: NOTE_FIELDS.text }),
    [NOTE_FIELDS.rule]: z
      .string()
      .regex(/^\s*[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s*$/)
      .meta({ title: NOTE_FIELDS.rule })
      .optional(),
    [NOTE_FIELDS.table]: z
      .enum(tables as [string, ...string[]])
      .meta({ title: NOTE_FIELDS.table })
      .optional(),
  });
  return z.array(z.union([z.string(), entry])).meta({ title: form.notesKey });
}

function sectionSchema(form: FormDef, def: SectionDef): z.ZodType {
  switch (def.kind) {
    case "text":
      return def.id === "overview" ? overviewSchema(form, def) : textSchema(def);
    case "table2":
      return table2Schema(form, def);
    case "table3":
      return table3Schema(form, def);
    case "table4":
      return table4Schema(form, def);
  }
}

/** The schema of a report document for one form (2021: 国办公开办函〔2021〕30号; 2019: the trial form). */
export function documentSchema(format: FormatYear) {
  const form = formFor(format);
  const shape: Record<string, z.ZodType> = {};
  for (const def of form.meta) {
    const field = metaFieldSchema(form, def);
    shape[def.key] = def.required ? field : field.optional();
  }
  for (const def of form.sections) shape[def.key] = sectionSchema(form, def);
  shape[form.notesKey] = notesSchema(form).optional();
  return z.strictObject(shape).meta(describeForm(form));
}

/** The plain data of a document, as `YAML.parse` returns it for a valid report. */
export type DocumentData = z.infer<ReturnType<typeof documentSchema>>;
