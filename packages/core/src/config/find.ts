import type { Finding, Locale } from "../findings/index.js";
import { message } from "../messages/index.js";
import { LineIndex } from "../source/index.js";
import { globMatcher } from "./glob.js";
import { CONFIG_INVALID, DEFAULT_CONFIG, parseConfig, type NianbaoConfig } from "./parse.js";
import { CONFIG_FILE_NAME } from "./schema.js";

/**
 * How the config search reads files: the text of a file, null when there is none, or a throw when
 * it is there but cannot be read. Core does no I/O itself (it runs in browsers): the CLI and the
 * language server pass their own reader.
 */
export interface ConfigHost {
  readFile(path: string): string | null;
}

/** A `nianbao.config.json` found and read. */
export interface LoadedConfig {
  /** The file's path, as the host names it. */
  readonly path: string;
  /** Its folder, which the include and exclude globs are relative to. */
  readonly folder: string;
  readonly text: string;
  readonly config: NianbaoConfig;
  /** CONFIG-INVALID findings on the file (then `config` is the defaults). */
  readonly findings: readonly Finding[];
  readonly lineIndex: LineIndex;
  /** Whether a folder search checks the report at a path below `folder` (include, then exclude). */
  includes(reportPath: string): boolean;
}

/** The configs found so far, by folder (null: none there). One per run or per server, never shared. */
export type ConfigCache = Map<string, LoadedConfig | null>;

/**
 * The config that applies to a report: the nearest `nianbao.config.json` in its folder or any
 * folder above. The search stops at the first one found: configs do not cascade, as eslint's flat
 * config does not, so what applies to a report is always one file, which can be read whole.
 */
export function configFor(
  reportPath: string,
  host: ConfigHost,
  cache: ConfigCache,
  locale: Locale = "zh-CN",
): LoadedConfig | null {
  const visited: string[] = [];
  let found: LoadedConfig | null = null;
  for (let folder = parentFolder(reportPath); folder !== null; folder = parentFolder(folder)) {
    const hit = cache.get(folder);
    if (hit !== undefined) {
      found = hit;
      break;
    }
    visited.push(folder);
    const loaded = loadConfig(joinPath(folder, CONFIG_FILE_NAME), folder, host, locale);
    if (loaded) {
      found = loaded;
      break;
    }
  }
  // Every folder passed on the way leads to the same config.
  for (const f of visited) cache.set(f, found);
  return found;
}

/** Reads and validates the config at `path`; null when there is no file. An unreadable file is a finding. */
export function loadConfig(
  path: string,
  folder: string,
  host: ConfigHost,
  locale: Locale = "zh-CN",
): LoadedConfig | null {
  let text: string | null;
  try {
    text = host.readFile(path);
  } catch (err) {
    const detail = err instanceof Error ? ((err as { code?: string }).code ?? err.message) : String(err);
    const messageId = "CONFIG-INVALID.unreadable";
    const finding: Finding = {
      code: CONFIG_INVALID,
      severity: "error",
      message: message(messageId, { detail }, locale),
      messageId,
      range: { start: 0, end: 0 },
      related: [],
      paths: [],
    };
    return configOf(path, folder, "", DEFAULT_CONFIG, [finding]);
  }
  return text === null ? null : configFromText(path, folder, text, locale);
}

/** The config a host read itself (asynchronously, say), validated as loadConfig validates it. */
export function configFromText(path: string, folder: string, text: string, locale: Locale = "zh-CN"): LoadedConfig {
  // A BOM, as Notepad writes it, is no JSON error.
  const body = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const { config, findings } = parseConfig(body, locale);
  return configOf(path, folder, text, config, findings);
}

function configOf(
  path: string,
  folder: string,
  text: string,
  config: NianbaoConfig,
  findings: readonly Finding[],
): LoadedConfig {
  const included = config.include ? globMatcher(config.include) : () => true;
  const excluded = globMatcher(config.exclude);
  return Object.freeze({
    path,
    folder,
    text,
    config,
    findings,
    lineIndex: new LineIndex(text),
    includes(reportPath: string) {
      const rel = relativeTo(folder, reportPath);
      return rel === null || (included(rel) && !excluded(rel));
    },
  });
}

const isSep = (c: string | undefined) => c === "/" || c === "\\";

/** The folder holding `path`, or null at a root (`/`, `C:\`). Plain string work: no `node:path` in core. */
export function parentFolder(path: string): string | null {
  let end = path.length;
  while (end > 1 && isSep(path[end - 1]) && !/^[A-Za-z]:$/.test(path.slice(0, end - 1))) end--;
  const trimmed = path.slice(0, end);
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  if (cut < 0) return null;
  const head = trimmed.slice(0, cut);
  if (head === "") return trimmed === "/" ? null : "/";
  if (/^[A-Za-z]:$/.test(head)) return cut === trimmed.length - 1 ? null : trimmed.slice(0, cut + 1);
  return head;
}

export function joinPath(folder: string, name: string): string {
  if (isSep(folder[folder.length - 1])) return folder + name;
  return folder + (folder.includes("\\") && !folder.includes("/") ? "\\" : "/") + name;
}

/** `path` relative to `folder`, with `/` separators; null when it is not below it. */
function relativeTo(folder: string, path: string): string | null {
  const base = isSep(folder[folder.length - 1]) ? folder : folder + "/";
  const norm = (s: string) => s.replace(/\\/g, "/");
  const b = norm(base);
  const p = norm(path);
  return p.startsWith(b) ? p.slice(b.length) : null;
}
