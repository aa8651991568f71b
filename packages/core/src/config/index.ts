export { CONFIG_FILE_NAME, CONFIG_SCHEMA_FILE_NAME, configJsonSchema } from "./schema.js";
export { CONFIG_INVALID, DEFAULT_CONFIG, parseConfig, type NianbaoConfig, type ParsedConfig } from "./parse.js";
export {
  configFor,
  configFromText,
  joinPath,
  loadConfig,
  parentFolder,
  type ConfigCache,
  type ConfigHost,
  type LoadedConfig,
} from "./find.js";
export { checkOptionsWith } from "./options.js";
export { globMatcher, type GlobOptions } from "./glob.js";
