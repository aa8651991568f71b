import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_SCHEMA_FILE_NAME, configJsonSchema, RULES } from "../../src/index.js";

const repo = new URL("../../../../", import.meta.url);

describe("the config's JSON Schema", () => {
  const schema = configJsonSchema() as {
    $schema: string;
    additionalProperties: boolean;
    properties: Record<string, { properties?: Record<string, unknown>; additionalProperties?: boolean }>;
  };

  it(`schemas/${CONFIG_SCHEMA_FILE_NAME} is up to date (run node scripts/generate-schemas.mjs)`, () => {
    const committed = JSON.parse(readFileSync(new URL(`schemas/${CONFIG_SCHEMA_FILE_NAME}`, repo), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it("is draft-07 and closed: an unknown key or rule code is flagged in the editor", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(["$schema", "rules", "include", "exclude", "profile", "locale"]);
    expect(schema.properties.rules!.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties.rules!.properties!)).toEqual(RULES.map((r) => r.code));
  });
});
