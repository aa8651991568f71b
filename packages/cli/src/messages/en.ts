import type { CliMessageId } from "./zh-CN.js";

/** Every text the CLI itself shows (en). Keys mirror the zh-CN reference catalogue exactly. */
export const messages: Readonly<Record<CliMessageId, string>> = {
  "help.main":
    "Usage: nianbao <command> [options]\n" +
    "\n" +
    "Checks Government Information Disclosure Annual Reports (format of 国办公开办函〔2021〕30号).\n" +
    "\n" +
    "Commands:\n" +
    "  check <files or folders…>   check *.nianbao.yaml reports\n" +
    "\n" +
    "Global options:\n" +
    "  -h, --help                  show help\n" +
    "  -V, --version               show the version\n" +
    "  --locale <zh-CN|en>         output language (default zh-CN; en when LANG starts with \"en\")\n" +
    "\n" +
    "Run nianbao check --help for the options of check.\n",
  "help.check":
    "Usage: nianbao check [options] <files or folders…>\n" +
    "\n" +
    "Checks each report's structure, values, table relations and text; when the same agency's report\n" +
    "for the year before is among the inputs, also compares the two years (carry-over, stock, copied text).\n" +
    "Folders are searched recursively for *.nianbao.yaml and *.nianbao.yml (node_modules and folders\n" +
    "starting with \".\" are skipped).\n" +
    "\n" +
    "Options:\n" +
    "  --format <text|json|sarif>   output format (default text)\n" +
    "  --locale <zh-CN|en>          output language (default zh-CN; en when LANG starts with \"en\")\n" +
    "  --severity <CODE=level>      change a rule's severity: off, info, warning, error (repeatable)\n" +
    "  -q, --quiet                  report errors only\n" +
    "  --no-summary                 leave out the closing summary (text format)\n" +
    "  -h, --help                   show this help\n" +
    "\n" +
    "Exit status: 0 no error; 1 at least one error; 2 usage error or unreadable input.\n",

  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",

  "summary.reports": "{checked} report(s) checked, {withErrors} with errors.",
  "summary.findings": "{errors} error(s), {warnings} warning(s), {infos} info(s).",
  "summary.byCode": "By rule:",
  "summary.clean": "No problems found.",

  "error.prefix": "nianbao: {message}",
  "error.usageHint": "{message} (run {command} --help for usage)",
  "error.unknownCommand": "unknown command \"{command}\"",
  "error.noCommand": "no command given",
  "error.unknownOption": "unknown option {option}",
  "error.missingValue": "option {option} needs a value",
  "error.unexpectedValue": "option {option} takes no value",
  "error.invalidChoice": "invalid value \"{value}\" for {option}; expected one of: {choices}",
  "error.invalidSeverity": "invalid --severity \"{value}\"; write CODE=level with level off, info, warning or error",
  "error.unknownRule": "unknown rule code \"{code}\" in --severity",
  "error.noPaths": "no file or folder to check",
  "error.notFound": "no such file or folder: {path}",
  "error.unreadable": "cannot read {path} ({reason})",
  "error.denied": "cannot read {path}: permission denied",
  "error.noReports": "no *.nianbao.yaml or *.nianbao.yml report found in {paths}",
  "error.internal": "internal error: {detail}",
};
