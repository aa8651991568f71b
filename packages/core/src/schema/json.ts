import * as z from "zod";
import type { FormatYear } from "../form/types.js";
import { documentSchema } from "./document.js";

/**
 * The JSON Schema of a report document, for editors: yaml-language-server picks it up from a
 * `# yaml-language-server: $schema=…/nianbao-2021.schema.json` comment and offers completion,
 * hovers (the printed labels, articles and filling notes) and validation of the structure.
 *
 * Draft-07, because it is the draft every yaml-language-server and VS Code release understands;
 * its tuple form (`items: [...]`) gives each cell of a row its own column title.
 */
export function jsonSchema(format: FormatYear): Record<string, unknown> {
  return z.toJSONSchema(documentSchema(format), { target: "draft-07" }) as Record<string, unknown>;
}

/** The committed file name of a form's JSON Schema (under `schemas/` at the repository root). */
export function jsonSchemaFileName(format: FormatYear): string {
  return `nianbao-${format}.schema.json`;
}
