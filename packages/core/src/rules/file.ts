import { FILE_ENCODING } from "./file/FILE-ENCODING.js";
import { YAML_LIMIT } from "./file/YAML-LIMIT.js";
import { YAML_SYNTAX } from "./file/YAML-SYNTAX.js";
import type { Rule } from "./types.js";

/** The file rules, one file each under rules/file/. */
export const fileRules: readonly Rule[] = [YAML_SYNTAX, YAML_LIMIT, FILE_ENCODING];
