import * as z from "zod";
import { FORMS, table3Leaves } from "../form/index.js";
import type { FormDef, FormatYear } from "../form/types.js";
import { message } from "../messages/index.js";
import type { Cell, Report } from "../model/index.js";

/**
 * The zod schema of the typed model (`Report`), for programs that build a model themselves (an
 * importer, a filing form) rather than read it from YAML: what the rules may rely on. Every model
 * `readReport` produces satisfies it, however broken the file it read.
 */

/** Canonical decimal text as `canonicalDecimal` writes it: no '+', no leading or trailing zeros, no "-0". */
const CANONICAL_DECIMAL = /^(?!-0$)-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

const numberCell = z
  .strictObject({
    status: z.literal("number"),
    value: z.number(),
    exact: z.string().regex(CANONICAL_DECIMAL),
    raw: z.string().nullable(),
    note: z.string().nullable(),
    normalized: z.enum(["full-width", "thousands-separator"]).nullable(),
  })
  .refine((c) => c.value === Number(c.exact), {
    path: ["value"],
    // Rules read counts from `value` and sum amounts from `exact`: the two must tell the same number.
    error: (issue) => {
      const c = issue.input as { value: number; exact: string };
      return message("schema.cellValueExact", { value: String(c.value), exact: c.exact });
    },
  });

const otherCell = z.strictObject({
  status: z.enum(["blank", "placeholder", "invalid", "missing"]),
  value: z.null(),
  exact: z.null(),
  raw: z.string().nullable(),
  note: z.null(),
  normalized: z.null(),
});

/** One cell of the model: a number with its exact decimal text, or why there is none. */
export const cellSchema: z.ZodType<Cell> = z.discriminatedUnion("status", [numberCell, otherCell]);

const cells = (n: number) => z.array(cellSchema).length(n);

const ids = <T extends { readonly id: string }>(items: readonly T[]) => items.map((i) => i.id);

function modelFor(form: FormDef) {
  const proactive = z.strictObject(
    Object.fromEntries(
      form.table2.blocks.flatMap((block) =>
        block.rows.map((row) => [
          row.id,
          z.strictObject(Object.fromEntries(block.columns.map((c) => [c.id, cellSchema]))),
        ]),
      ),
    ),
  );
  // A report of one form may hold rows of the other (the reader keeps what a mixed template wrote).
  const requestRows = [...new Set(Object.values(FORMS).flatMap((f) => table3Leaves(f).map((l) => l.row.id)))];
  const requests = z.strictObject(
    Object.fromEntries(requestRows.map((id) => [id, cells(form.table3.columns.length).optional()])),
  );
  const litigation = z.strictObject(
    Object.fromEntries(ids(form.table4.rows).map((id) => [id, cells(form.table4.columns.length)])),
  );
  const topics = z.strictObject(Object.fromEntries(ids(form.overviewTopics).map((id) => [id, z.string().optional()])));
  const tables = ids(form.sections.filter((s) => s.kind !== "text"));
  const present = z.strictObject(Object.fromEntries(ids(form.sections).map((id) => [id, z.boolean()])));
  return z.strictObject({
    format: z.literal(form.year),
    formatDeclared: z.boolean(),
    agency: z.string().nullable(),
    year: z.int().nullable(),
    publishedOn: z.iso.date().nullable(),
    title: z.string().nullable(),
    overview: z.strictObject({ text: z.string().nullable(), topics }),
    proactive,
    requests,
    litigation,
    problems: z.string().nullable(),
    other: z.string().nullable(),
    notes: z.array(
      z.strictObject({
        rule: z.string().nullable(),
        table: z.enum(tables as [string, ...string[]]).nullable(),
        text: z.string(),
      }),
    ),
    present,
  });
}

const years = Object.keys(FORMS).map(Number) as FormatYear[];
const [firstYear, ...otherYears] = years.map((y) => modelFor(FORMS[y]));

/**
 * The schema of a `Report`. Its tables must match the form the report declares (`format`): the
 * table 二 rows and columns of that form, 7 cells per table 三 row, 5 per table 四 block.
 */
// The shapes are built from the form at run time, so TypeScript sees index signatures where Report
// names rows; the tests check every model parseReport produces against this schema instead.
export const reportSchema: z.ZodType<Report> = z.discriminatedUnion("format", [
  firstYear!,
  ...otherYears,
]) as unknown as z.ZodType<Report>;
