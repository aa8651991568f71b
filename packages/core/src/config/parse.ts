import { evaluate, parse, type AnyNode, type DocumentNode } from "@humanwhocodes/momoa";
import type * as z from "zod";
import type { Finding, Locale, SeveritySetting } from "../findings/index.js";
import { message } from "../messages/index.js";
import { ruleByCode } from "../rules/index.js";
import type { Range } from "../source/index.js";
import { configSchema } from "./schema.js";

/** The code of a finding on `nianbao.config.json` itself (a rule of the registry, kind "config"). */
export const CONFIG_INVALID = "CONFIG-INVALID";

/** What a config file asks for, with the defaults for what it leaves out. */
export interface NianbaoConfig {
  /** Per-rule severities. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Globs of the reports a folder search checks, relative to the config's folder; null: every report. */
  readonly include: readonly string[] | null;
  /** Globs of the reports a folder search leaves out, relative to the config's folder. */
  readonly exclude: readonly string[];
  /** The 六、其他事项 items a region requires (NAR-SEC6-OTHER). */
  readonly profile: { readonly section6Items: readonly string[] } | null;
  readonly locale: Locale | null;
}

export const DEFAULT_CONFIG: NianbaoConfig = Object.freeze({
  rules: Object.freeze({}),
  include: null,
  exclude: Object.freeze([]) as readonly string[],
  profile: null,
  locale: null,
});

export interface ParsedConfig {
  /** What the file says; the defaults when it has any finding (a broken config is not half applied). */
  readonly config: NianbaoConfig;
  /** CONFIG-INVALID findings, each at its place in the text. */
  readonly findings: readonly Finding[];
}

type Found = (messageId: string, args: Record<string, string | number>, range: Range) => Finding;

/**
 * Reads the text of a `nianbao.config.json`. Strict JSON (no comments, no trailing commas), as the
 * `.json` name promises every other tool; read with momoa, the JSON parser of eslint's JSON
 * support, which keeps every node's place. Never throws: bad JSON, an unknown key, rule code or
 * severity, a wrong type, each gives a located CONFIG-INVALID error, and then the whole file is
 * set aside, so that the reports are checked with the defaults rather than with part of a config.
 */
export function parseConfig(text: string, locale: Locale = "zh-CN"): ParsedConfig {
  const found: Found = (messageId, args, range) => ({
    code: CONFIG_INVALID,
    severity: "error",
    message: message(messageId, args, locale),
    messageId,
    range,
    related: [],
    paths: [],
  });
  if (!text.trim())
    return { config: DEFAULT_CONFIG, findings: [found("CONFIG-INVALID.empty", {}, { start: 0, end: 0 })] };
  let doc: DocumentNode;
  try {
    doc = parse(text, { mode: "json" });
  } catch (err) {
    const offset = Math.min(Math.max(0, (err as { offset?: number }).offset ?? 0), text.length);
    const detail = message(`CONFIG-INVALID.json.${jsonReason(err)}`, {}, locale);
    const range = { start: offset, end: Math.min(offset + 1, text.length) };
    return { config: DEFAULT_CONFIG, findings: [found("CONFIG-INVALID.json", { detail }, range)] };
  }
  const result = configSchema().safeParse(evaluate(doc));
  if (result.success) return { config: fromData(result.data), findings: [] };
  const findings = result.error.issues.flatMap((issue) => issueFindings(issue, doc.body, found));
  return { config: DEFAULT_CONFIG, findings: findings.sort((a, b) => a.range.start - b.range.start) };
}

/**
 * Why the JSON parser stopped, as the catalogues word it: the text ended early, a character JSON
 * does not have (a comment, a single quote), a closing bracket right after a comma, or any other
 * token out of place (mostly a missing comma or colon).
 */
function jsonReason(err: unknown): string {
  const name = err instanceof Error ? err.constructor.name : "";
  const text = err instanceof Error ? err.message : "";
  if (name === "UnexpectedEOF") return "end";
  if (name === "UnexpectedChar") return "symbol";
  if (/Unexpected token (RBrace|RBracket)/u.test(text)) return "trailingComma";
  return "token";
}

/** The node at a path of keys and indexes, and the node of the last key's name when it is a member. */
function nodeAt(root: AnyNode, path: readonly (string | number)[]): { node: AnyNode; name?: AnyNode } {
  let node = root;
  let name: AnyNode | undefined;
  for (const key of path) {
    if (node.type === "Object") {
      const member = node.members.find((m) => m.name.type === "String" && m.name.value === String(key));
      if (!member) break;
      node = member.value;
      name = member.name;
    } else if (node.type === "Array" && typeof key === "number" && node.elements[key]) {
      node = node.elements[key].value;
      name = undefined;
    } else break;
  }
  return name ? { node, name } : { node };
}

function issueFindings(issue: z.core.$ZodIssue, root: AnyNode, found: Found): Finding[] {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const { node } = nodeAt(root, path);
  const at = (n: AnyNode): Range => ({ start: n.loc.start.offset, end: n.loc.end.offset });
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const range = at(nodeAt(node, [key]).name ?? node);
      const near = nearRule(key);
      if (path.length === 1 && path[0] === "rules")
        return near
          ? found("CONFIG-INVALID.ruleCase", { code: key, near }, range)
          : found("CONFIG-INVALID.unknownRule", { code: key }, range);
      return found("CONFIG-INVALID.unknownKey", { key: [...path, key].join("."), allowed: allowedKeys(path) }, range);
    });
  }
  if (path.length === 2 && path[0] === "rules" && ruleByCode(String(path[1])))
    return [
      found("CONFIG-INVALID.severity", { code: String(path[1]), value: JSON.stringify(evaluate(node)) }, at(node)),
    ];
  return [found(`CONFIG-INVALID.type.${expectedId(path)}`, { key: path.join(".") }, at(node))];
}

/** The keys allowed where an unknown one was written. */
function allowedKeys(path: readonly (string | number)[]): string {
  return path.length === 0 ? "$schema, rules, include, exclude, profile, locale" : "section6Items";
}

/** What a value should be, by where it is: the message names it in the reader's language. */
function expectedId(path: readonly (string | number)[]): string {
  const top = path[0];
  if (top === undefined) return "object";
  if (top === "include" || top === "exclude") return path.length === 1 ? "globs" : "glob";
  if (top === "profile") return path.length === 1 ? "profile" : path.length === 2 ? "strings" : "string";
  if (top === "rules") return "rules";
  if (top === "locale") return "locale";
  return "string";
}

/** A rule code spelled as the registry spells it, when only the case differs: the likely intent. */
function nearRule(key: string): string {
  const upper = key.trim().toUpperCase();
  return ruleByCode(upper) ? upper : "";
}

function fromData(data: z.infer<ReturnType<typeof configSchema>>): NianbaoConfig {
  const rules: Record<string, SeveritySetting> = {};
  for (const [code, level] of Object.entries(data.rules ?? {})) if (level) rules[code] = level;
  return Object.freeze({
    rules: Object.freeze(rules),
    include: data.include ? Object.freeze([...data.include]) : null,
    exclude: Object.freeze([...(data.exclude ?? [])]),
    profile: data.profile
      ? Object.freeze({ section6Items: Object.freeze([...(data.profile.section6Items ?? [])]) })
      : null,
    locale: data.locale ?? null,
  });
}
