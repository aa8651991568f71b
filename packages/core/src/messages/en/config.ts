import type { Catalogue } from "../format.js";

/** Messages of nianbao.config.json and of the disable comments (en). */
export const messages: Catalogue = {
  "config.schema.file":
    "Nianbao's project configuration. Put it in the reports' folder or a folder above; each report uses the nearest one (configs do not cascade). The CLI, the language server and the VS Code extension read the same file.",
  "config.schema.$schema": "The JSON Schema of this file, for completion and validation in editors.",
  "config.schema.rules":
    "A severity per rule: off, info, warning or error. Keys are rule codes (see the rules reference).",
  "config.schema.include":
    'A folder search checks only the reports matching these globs, relative to this file\'s folder (e.g. "2024/**"). Without it, every report.',
  "config.schema.exclude":
    'A folder search skips the reports matching these globs, relative to this file\'s folder (e.g. "drafts/**").',
  "config.schema.profile": "What this region requires of its reports beyond the national format.",
  "config.schema.section6Items":
    'Items section 六 (other matters) must mention (rule NAR-SEC6-OTHER). Alternatives are separated by "|", e.g. "人大代表建议|人大建议".',
  "config.schema.locale":
    'The language of the findings: "zh-CN" or "en". The command line\'s --locale and the editor\'s setting take precedence.',

  "CONFIG-INVALID.json":
    "nianbao.config.json is not valid JSON: {detail} The config is not applied; the reports are checked with the defaults.",
  "CONFIG-INVALID.json.end": 'the text ends early; a closing "}", "]" or quote is missing.',
  "CONFIG-INVALID.json.symbol":
    "a character JSON does not have (keys and texts need double quotes; JSON allows no comments).",
  "CONFIG-INVALID.json.trailingComma": "no comma may follow the last item.",
  "CONFIG-INVALID.json.token": 'this is out of place; most likely a comma "," or a colon ":" is missing before it.',
  "CONFIG-INVALID.empty":
    "nianbao.config.json is empty: write at least {}. The config is not applied; the reports are checked with the defaults.",
  "CONFIG-INVALID.unreadable":
    "nianbao.config.json cannot be read ({detail}). The config is not applied; the reports are checked with the defaults.",
  "CONFIG-INVALID.unknownKey":
    'Unknown setting "{key}"; the settings allowed here are {allowed}. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.unknownRule":
    '"{code}" is not a Nianbao rule code (see the rules reference). The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.ruleCase":
    'Rule codes are upper case: "{code}" should be "{near}". The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.severity":
    'The severity of {code} must be "off", "info", "warning" or "error", not {value}. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.object":
    "nianbao.config.json must hold a JSON object {…}. The config is not applied; the reports are checked with the defaults.",
  "CONFIG-INVALID.type.rules":
    '"rules" must be an object from rule codes to "off", "info", "warning" or "error". The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.globs":
    '"{key}" must be an array of glob strings, e.g. ["drafts/**"]. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.glob":
    '"{key}" must be a non-empty glob string. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.profile":
    '"profile" must be an object, e.g. {"section6Items": ["年度工作要点"]}. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.strings":
    '"{key}" must be an array of non-empty strings. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.string":
    '"{key}" must be a non-empty string. The config is not applied; the reports are checked with the defaults.',
  "CONFIG-INVALID.type.locale":
    '"locale" must be "zh-CN" or "en". The config is not applied; the reports are checked with the defaults.',
  "rule.CONFIG-INVALID.title": "Invalid config file",
  "rule.CONFIG-INVALID.summary":
    "nianbao.config.json is well-formed JSON with only known settings, rule codes and severities, each of the right type. The finding points at the place in the config file.",
  "rule.CONFIG-INVALID.why":
    "The config decides which reports are checked and how severely. A mistyped rule code silently ignored would leave the author believing a rule turned off or raised when it is not, and a half-applied config makes editor and CI results unpredictable. So a config with an error is not applied at all, and the reports are checked with the defaults until it is corrected.",
  "rule.CONFIG-INVALID.fix":
    "Correct the config as the message says; opening nianbao.config.json in VS Code gives completion and validation. The rule codes are on this page.",

  "DISABLE-UNUSED.unused":
    "This nianbao-disable-next-line comment turns off {code}, which finds nothing on the next line: the comment is no longer needed; remove it (or {code} from it).",
  "DISABLE-UNUSED.unknown":
    '"{code}" is not a Nianbao rule code, so this comment does nothing for it (see the rules reference; mind the case).',
  "DISABLE-UNUSED.noRule":
    'nianbao-disable-next-line must name the rules it turns off, e.g. "# nianbao-disable-next-line T4-ROWSUM -- reason".',
  "rule.DISABLE-UNUSED.title": "Unused disable comment",
  "rule.DISABLE-UNUSED.summary":
    'Every "# nianbao-disable-next-line CODE" comment silences at least one finding on the next line, and names only existing rule codes. Cross-year rules are judged only when the report is compared with last year\'s.',
  "rule.DISABLE-UNUSED.why":
    "A disable comment is an exception that keeps the check silent on one line. Once the data is corrected, a comment left behind does nothing, yet would silently hide a new problem on that line later; a mistyped code silences nothing at all.",
  "rule.DISABLE-UNUSED.fix":
    "Remove the comment, or the codes in it that are no longer needed; correct a mistyped rule code.",
};
