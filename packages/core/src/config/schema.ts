import * as z from "zod";
import type { Locale, SeveritySetting } from "../findings/index.js";
import { CATALOGUES } from "../messages/index.js";
import { RULES } from "../rules/index.js";
import { SCHEMAS_PUBLISHED_AT } from "../schema/published.js";

/** The name of the project config file, looked for upward from each report. */
export const CONFIG_FILE_NAME = "nianbao.config.json";

/** The committed file name of the config's JSON Schema (under `schemas/` at the repository root). */
export const CONFIG_SCHEMA_FILE_NAME = "nianbao.config.schema.json";

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ["off", "info", "warning", "error"];
const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** A description in both languages, 中文 first, from core's catalogues (the schema re-types nothing). */
function bilingual(id: string): { description: string } {
  return { description: `${CATALOGUES["zh-CN"][id] ?? id}\n\n${CATALOGUES.en[id] ?? id}` };
}

/**
 * The zod schema of `nianbao.config.json`, the one description of the file: the loader validates
 * with it and the JSON Schema editors complete with is generated from it. Every key is optional;
 * an unknown key, rule code or severity is an error, never silently ignored.
 */
export function configSchema() {
  const severity = z.enum(SEVERITY_SETTINGS as [SeveritySetting, ...SeveritySetting[]]);
  const rules = z
    .strictObject(
      Object.fromEntries(
        RULES.map((r) => [
          r.code,
          severity.optional().meta({
            title: r.code,
            description: [CATALOGUES["zh-CN"][`rule.${r.code}.title`], CATALOGUES.en[`rule.${r.code}.title`]]
              .filter(Boolean)
              .join(" · "),
          }),
        ]),
      ),
    )
    .meta(bilingual("config.schema.rules"));
  const globs = (id: string) => z.array(z.string().min(1)).meta(bilingual(id));
  return z
    .strictObject({
      $schema: z.string().optional().meta(bilingual("config.schema.$schema")),
      rules: rules.optional(),
      include: globs("config.schema.include").optional(),
      exclude: globs("config.schema.exclude").optional(),
      profile: z
        .strictObject({
          section6Items: z.array(z.string().min(1)).meta(bilingual("config.schema.section6Items")).optional(),
        })
        .meta(bilingual("config.schema.profile"))
        .optional(),
      locale: z
        .enum(LOCALES as [Locale, ...Locale[]])
        .meta(bilingual("config.schema.locale"))
        .optional(),
    })
    .meta({ title: CONFIG_FILE_NAME, ...bilingual("config.schema.file") });
}

/** The JSON Schema of `nianbao.config.json` (draft-07, as VS Code's jsonValidation and SchemaStore read it). */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(configSchema(), { target: "draft-07" }) as Record<string, unknown>;
  return { $schema, $id: SCHEMAS_PUBLISHED_AT + CONFIG_SCHEMA_FILE_NAME, ...schema };
}
