import * as z from "zod";
import type { FormatYear } from "../form/types.js";
import { anyFormJsonSchema } from "./any-form.js";
import { documentSchema } from "./document.js";
import { SCHEMAS_PUBLISHED_AT } from "./published.js";

/**
 * The JSON Schema of a report document, for editors: yaml-language-server picks it up from a
 * `# yaml-language-server: $schema=…/nianbao-2021.schema.json` comment and offers completion,
 * hovers (the printed labels, articles and filling notes) and validation of the structure.
 * Without a format, the schema for a report of any form, chosen by its 格式 (anyFormJsonSchema).
 *
 * Draft-07, because it is the draft every yaml-language-server and VS Code release understands;
 * its tuple form (`items: [...]`) gives each cell of a row its own column title.
 */
export function jsonSchema(format?: FormatYear): Record<string, unknown> {
  if (format === undefined) return anyFormJsonSchema(jsonSchema, jsonSchemaFileName);
  const { $schema, ...schema } = z.toJSONSchema(documentSchema(format), {
    target: "draft-07",
    override: ({ jsonSchema }) => mergeTypeUnion(jsonSchema),
  }) as Record<string, unknown>;
  return { $schema, $id: SCHEMAS_PUBLISHED_AT + jsonSchemaFileName(format), ...schema };
}

/**
 * The committed file name of a form's JSON Schema (under `schemas/` at the repository root), or
 * without a format of the schema for any form.
 */
export function jsonSchemaFileName(format?: FormatYear): string {
  return format === undefined ? "nianbao.schema.json" : `nianbao-${format}.schema.json`;
}

/** The keywords that constrain only values of one family of types; they are ignored for any other. */
const FAMILY_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  string: ["minLength", "maxLength", "pattern", "format"],
  null: [],
  boolean: [],
};
const familyOf = (type: string) => (type === "integer" ? "number" : type);

/**
 * Rewrites a cell's `anyOf: [{type: integer, minimum: 0}, {type: string}, {type: null}]` as
 * `type: [integer, string, null], minimum: 0`. The two are equivalent, because `minimum` only
 * constrains numbers, but yaml-language-server repeats a title once per `anyOf` branch in its
 * hovers ("商业企业 || 商业企业 || 商业企业"). Only branches that each hold one type of a different
 * family with that family's keywords are merged; anything else is left as it is.
 */
function mergeTypeUnion(schema: Record<string, unknown>): void {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length < 2 || schema.type !== undefined) return;
  const types: string[] = [];
  const families = new Set<string>();
  const merged: Record<string, unknown> = {};
  for (const option of options as Record<string, unknown>[]) {
    const type = option?.type;
    if (typeof type !== "string") return;
    const family = familyOf(type);
    const allowed = FAMILY_KEYWORDS[family];
    if (!allowed || families.has(family)) return;
    for (const key of Object.keys(option)) if (key !== "type" && !allowed.includes(key)) return;
    families.add(family);
    types.push(type);
    for (const key of allowed) if (key in option) merged[key] = option[key];
  }
  delete schema.anyOf;
  Object.assign(schema, { type: types }, merged);
}
