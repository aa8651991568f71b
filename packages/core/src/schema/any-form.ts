import { FORMS } from "../form/index.js";
import type { FormatYear } from "../form/types.js";

type JsonObject = Record<string, unknown>;

/**
 * One JSON Schema for a report of any form, choosing the form's schema by the report's 格式, for
 * places that map one schema to every `*.nianbao.yaml` (SchemaStore, JetBrains, yaml.schemas).
 * The newest form is the default, so a report without 格式 is checked against it (and told that 格式
 * is missing). The forms' schemas are inlined under `definitions`, so an editor needs one download.
 */
export function anyFormJsonSchema(
  formSchema: (format: FormatYear) => JsonObject,
  fileName: (format?: FormatYear) => string,
): JsonObject {
  const years = (Object.keys(FORMS).map(Number) as FormatYear[]).sort((a, b) => b - a);
  const [newest, ...older] = years as [FormatYear, ...FormatYear[]];
  const schemas = new Map(years.map((y) => [y, formSchema(y)] as const));
  const name = (y: FormatYear) => fileName(y).replace(/\.schema\.json$/u, "");
  const formatKey = FORMS[newest].meta.find((m) => m.id === "format")!.key;
  const formatField = (y: FormatYear) => (schemas.get(y)!.properties as Record<string, JsonObject>)[formatKey]!;

  let choice: JsonObject = { $ref: `#/definitions/${name(newest)}` };
  for (const y of older)
    choice = {
      if: { properties: { [formatKey]: { enum: formatField(y).enum } }, required: [formatKey] },
      then: { $ref: `#/definitions/${name(y)}` },
      else: choice,
    };
  const { $schema, $id } = schemas.get(newest)!;
  return {
    $schema,
    $id: String($id).replace(fileName(newest), fileName()),
    title: years.map((y) => `${FORMS[y].title}（${FORMS[y].source}）`).join(" / "),
    // The 格式 field's own note says which form each value means.
    description: formatField(newest).description,
    ...choice,
    definitions: Object.fromEntries(
      years.map((y) => {
        const { $schema: _draft, $id: _id, ...body } = schemas.get(y)!;
        return [name(y), body];
      }),
    ),
  };
}
