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
    "  render <report>             export a publishable web page (html), Word document (docx) or Markdown (md)\n" +
    "  new                         create a report (--from last year's: carries over 上年结转 and 现行有效)\n" +
    "  import <file|folder|->      import a published report (web-page text, pdftotext text, Markdown, HTML, PDF, Word, a link) into *.nianbao.yaml\n" +
    "\n" +
    "Global options:\n" +
    "  -h, --help                  show help\n" +
    "  -V, --version               show the version\n" +
    '  --locale <zh-CN|en>         output language (default zh-CN; en when LANG starts with "en")\n' +
    "\n" +
    "Run nianbao check --help for the options of check.\n",
  "help.check":
    "Usage: nianbao check [options] <files or folders…>\n" +
    "\n" +
    "Checks each report's structure, values, table relations and text; when the same agency's report\n" +
    "for the year before is among the inputs, also compares the two years (carry-over, stock, copied text).\n" +
    "Folders are searched recursively for *.nianbao.yaml and *.nianbao.yml (node_modules and folders\n" +
    'starting with "." are skipped).\n' +
    '"-" reads one report from standard input. Files in UTF-8, GB18030 and UTF-16 with a BOM are read.\n' +
    "\n" +
    "Options:\n" +
    "  --format <text|json|sarif|github>\n" +
    "                               output format (default text; github: GitHub Actions workflow\n" +
    "                               commands, which annotate the pull request's diff)\n" +
    "  --format <html|csv|xlsx>     for a supervising office: html, a one-file audit page (best with -o);\n" +
    "                               csv or xlsx, an audit sheet with one row per report (file, agency,\n" +
    "                               year, form, findings, every table cell); xlsx adds the list of\n" +
    "                               findings and needs -o\n" +
    '  --locale <zh-CN|en>          output language (default zh-CN; en when LANG starts with "en")\n' +
    "  --severity <CODE=level>      change a rule's severity: off, info, warning, error (repeatable)\n" +
    "  -q, --quiet                  report errors only\n" +
    "  --no-summary                 leave out the closing summary (text format)\n" +
    "  -o, --output <file>          write the result to a file instead of standard output (an existing\n" +
    "                               file is kept unless --force)\n" +
    "  --force                      replace an existing output file\n" +
    "  -j, --jobs <N>               check with N threads (default: the processors available; runs of\n" +
    "                               fewer than 50 reports stay on one thread)\n" +
    "  --fix                        apply the automatic fixes (recomputed totals, numbers and labels written\n" +
    "                               as read; see docs/rules.md) to the reports, then check them; what was\n" +
    "                               fixed is listed per file on standard error\n" +
    "  --fix-dry-run                print the fixes as a unified diff (for git apply) and write nothing\n" +
    "  --max-warnings <N>           exit 1 when there are more than N warnings (-1: no limit)\n" +
    "  -h, --help                   show this help\n" +
    "\n" +
    "The text output is coloured on a terminal; NO_COLOR turns colour off, FORCE_COLOR on (NO_COLOR wins).\n" +
    "\n" +
    "Exit status: 0 no error; 1 at least one error (after --fix: what remains), or more warnings than\n" +
    "--max-warnings; 2 usage error, an input that cannot be read, or a fix that cannot be written (wins over 1).\n",

  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",

  "summary.reports": "{checked} report(s) checked, {withErrors} with errors.",
  "summary.findings": "{errors} error(s), {warnings} warning(s), {infos} info(s).",
  "summary.byCode": "By rule:",
  "summary.clean": "No problems found.",
  // check --fix / --fix-dry-run (issue 13): what was fixed, per file, on standard error.
  "fix.fixed": "{file}: fixed {count} ({codes})",
  "fix.wouldFix": "{file}: would fix {count} ({codes})",
  "fix.codeCount": "{code} {count}",
  "fix.codeSeparator": ", ",
  "fix.unreadable": "{file}: cannot be read (a YAML syntax error, or the file itself), not fixed",
  "fix.encoding": "{file}: not UTF-8, not fixed; save it as UTF-8 in the editor and run --fix again",
  "fix.unsettled": "{file}: fixes were still offered when fixing stopped; run again or correct by hand",
  "fix.total": "Fixed {count} finding(s) in {files} report(s).",
  "fix.totalDryRun": "Would fix {count} finding(s) in {files} report(s) (no file written).",
  "fix.none": "Nothing to fix automatically.",
  "fix.remaining": "What would remain: {errors} errors, {warnings} warnings, {infos} infos.",
  "error.fixBoth": "--fix and --fix-dry-run cannot be given together",
  "error.fixStdin": "--fix cannot write back to standard input; use --fix-dry-run to see the fixes",
  "error.fixChangedMeanwhile": "{path} changed while it was being fixed and was not written; run again",
  "maxWarnings.exceeded": "{count} warnings, more than --max-warnings {max} allows.",
  "error.invalidMaxWarnings": 'invalid --max-warnings "{value}"; write a whole number from 0 (-1 for no limit)',

  "sheet.reportsName": "Reports",
  "sheet.findingsName": "Findings",
  "sheet.groupReport": "Report",
  "sheet.groupFindings": "Findings",
  "sheet.groupByRule": "By rule",
  "sheet.file": "File",
  "sheet.agency": "Agency",
  "sheet.year": "Year",
  "sheet.format": "Format",
  "sheet.line": "Line",
  "sheet.rule": "Rule",
  "sheet.severity": "Severity",
  "sheet.message": "Message",
  "error.xlsxNeedsOutput":
    "XLSX is a binary file and is not written to a terminal or a pipe; name the output file with -o, e.g. nianbao check folder --format xlsx -o audit.xlsx",

  "error.prefix": "nianbao: {message}",
  "error.usageHint": "{message} (run {command} --help for usage)",
  "error.unknownCommand": 'unknown command "{command}"',
  "error.noCommand": "no command given",
  "error.unknownOption": "unknown option {option}",
  "error.missingValue": "option {option} needs a value",
  "error.unexpectedValue": "option {option} takes no value",
  "error.invalidChoice": 'invalid value "{value}" for {option}; expected one of: {choices}',
  "error.invalidSeverity": 'invalid --severity "{value}"; write CODE=level with level off, info, warning or error',
  "error.unknownRule": 'unknown rule code "{code}" in --severity',
  "error.invalidJobs": 'invalid --jobs "{value}"; write a whole number from 1',
  "error.noPaths": "no file or folder to check",
  "error.notFound": "no such file or folder: {path}",
  "error.unreadable": "cannot read {path} ({reason})",
  "error.denied": "cannot read {path}: permission denied",
  "error.noReports": "no *.nianbao.yaml or *.nianbao.yml report found in {paths}",
  "error.internal": "internal error: {detail}",
  "error.pdfNotPdf": "{path} is not a PDF file (no %PDF- marker at its start)",
  "error.pdfCorrupt": "cannot parse the PDF {path}: the file is damaged or incomplete ({detail})",
  "error.pdfEncrypted": "the PDF {path} is password-protected and cannot be read",
  "error.pdfTimeout": "reading the PDF {path} took longer than {seconds} s and was stopped",
  "error.pdfNoText":
    "the PDF {path} has no text layer (a scanned image?) and cannot be imported; use the web page text or a PDF with text",
  "help.render":
    "Usage: nianbao render [options] <report.nianbao.yaml>\n" +
    "\n" +
    "Lays a report out for publishing: html is a standalone web page (the official tables with their merged\n" +
    "cells as printed, A4 print layout), docx a Word document (A4, SimSun, tables merged as printed), md Markdown.\n" +
    "A report with errors is rendered all the same, with the number of errors on standard error;\n" +
    "run nianbao check before publishing.\n" +
    "\n" +
    "Options:\n" +
    "  --format <html|docx|md>   output format (default: from the extension of -o; html without -o)\n" +
    "  -o, --output <file>       write to this file (an existing file is not replaced); without it html and md\n" +
    "                            go to standard output and docx is written beside the report (same name, .docx)\n" +
    "  --force                   replace an existing output file (the report itself is never replaced)\n" +
    '  --locale <zh-CN|en>       language of the messages (default zh-CN; en when LANG starts with "en")\n' +
    "  -h, --help                show this help\n" +
    "\n" +
    "Exit status: 0 rendered; 1 rendered, with lines YAML cannot read marked as written; 2 usage error, a\n" +
    "file that cannot be read or written, or an input that is not a report (nothing rendered).\n",
  "help.new":
    "Usage: nianbao new [options]\n" +
    "\n" +
    "Creates a complete report: every cell 0, every text empty.\n" +
    "With --from last year's report: 上年结转 is last year's 结转下年度继续办理 (all 7 columns), 现行有效件数 of\n" +
    "规章 and 行政规范性文件 is carried over, every other cell is 0 and the prose is left to be written afresh;\n" +
    "last year's 存在问题及改进 is quoted as comments under this year's, to answer in the text, and is not\n" +
    "copied into the report.\n" +
    "\n" +
    "Options:\n" +
    "  --from <last year's report>  carry over from last year's *.nianbao.yaml (year defaults to its year + 1,\n" +
    "                               agency to its agency)\n" +
    "  --agency <agency>            the agency's full name\n" +
    "  --year <year>                the reporting year, e.g. 2025\n" +
    "  --format <2021|2019>         the form (default from the year: 2019 and 2020 use the 2019 trial form,\n" +
    "                               2021 onwards the 2021 form; not with --from)\n" +
    "  -o, --output <file>          write to this file (an existing file is not replaced); default standard output\n" +
    "  --force                      replace an existing -o file (never the --from report)\n" +
    "  --locale <zh-CN|en>          language of the comments and messages (default zh-CN)\n" +
    "  -h, --help                   show this help\n" +
    "\n" +
    "Exit status: 0 created; 1 a row or cell to carry over cannot be read in last year's report (nothing\n" +
    "written); 2 usage error, a file that cannot be read or written, or --from naming no report.\n",

  "render.withErrors":
    "{file} has {count} error(s); rendered anyway. Run nianbao check {file} and correct them before publishing",
  // A nianbao.config.json that applies to the report and cannot be used (CONFIG-INVALID).
  "render.configInvalid":
    "{config} has errors and is not applied; the report is checked with the defaults. Run nianbao check to see where",
  // Lines of the report YAML could not read, shown marked in the output (exit status 1).
  "render.unreadable":
    "{file}: line {lines} cannot be read (a YAML syntax error) and is shown as written, marked, in the output; correct it and render again",
  "output.written": "Wrote {path}",
  "new.header":
    "Created by nianbao new: every cell 0, every text empty; fill in this year's figures and text, then run nianbao check.",
  "new.headerFrom":
    "Created by nianbao new from last year's report {file}: 上年结转 is last year's 结转下年度继续办理, 现行有效件数 is carried over, every other cell is 0 and every text empty, to be written afresh.",
  "new.previousProblems":
    "Last year's 存在的主要问题及改进情况, to answer in this year's text (comments are not part of the report):",
  "error.noReportFile": "name the report to render",
  "error.oneReportFile": "one report at a time, but the path names {count}",
  "error.renderFormatUnknown":
    "cannot tell the output format from the extension of {path}; give --format html, docx or md",
  "error.cannotWrite": "cannot write {path} ({reason})",
  "error.exists": "{path} exists and was not replaced; add --force to replace it",
  "error.unexpectedArgument": 'nianbao new takes no argument "{value}" (name last year\'s report with --from)',
  "error.invalidYear": 'invalid --year "{value}": expected a four-digit year such as 2025',
  "error.formatForYear":
    "a report for {year} uses the {expected} form (2019 and 2020 the 2019 trial form, 2021 onwards the 2021 form), not --format {format}",
  "error.fromWithFormat":
    "--format cannot be used with --from: the new report's form follows from its year (2019 and 2020 the 2019 trial form, 2021 onwards the 2021 form)",
  "help.import":
    "Usage: nianbao import [options] <file|folder|link|->\n" +
    "       nianbao import [options] --urls <file of links>\n" +
    "\n" +
    "Imports a published annual report into a *.nianbao.yaml: text copied from a web page, pdftotext -layout\n" +
    "text, Markdown, an HTML page, a site's text export with the cells run together, a PDF or a Word document\n" +
    "(.docx). Word 97–2003 (.doc) and WPS (.wps) files cannot be read: save them as .docx first. The kind is\n" +
    "detected from the content; --kind names it. Nothing is guessed: cells that cannot be read are left empty,\n" +
    "cells decoded by inference (a run of digits cut, a row without its label) are listed one by one, and the\n" +
    "YAML carries a comment at the end of each such row. Findings go to standard error, one per line as\n" +
    "file:line:column  severity  CODE  message (line and column in the source).\n" +
    "- reads standard input. Given a folder, every *.txt, *.md, *.html, *.htm, *.pdf and *.docx in it (and below)\n" +
    "is imported and a summary table is printed; with -o naming a folder, each report is written there as\n" +
    "<original name>.nianbao.yaml.\n" +
    "A link starting with http:// or https:// is downloaded, then imported (as a page, a PDF or a Word document by its\n" +
    "Content-Type); --urls imports the links of a file, one a line (blank lines and lines starting with # skipped), with\n" +
    "a summary table; in the -o folder the files are named after the agency and the year.\n" +
    "\n" +
    "Options:\n" +
    "  -o, --output <file|folder>   write to this file (a folder when importing a folder); standard output if omitted.\n" +
    "                               An existing file is not replaced: an error for one file, skipped and listed in a folder\n" +
    "  --force                      replace existing output files (never the source itself)\n" +
    "  --format <yaml|json>         output YAML (default) or the JSON form of the model (see docs/model-json.md)\n" +
    "  --kind <kind>                kind of the source: tsv, layout, markdown, html, flattened, pdf, docx (default: detected)\n" +
    "  --urls <file>                import each link listed in the file (one a line)\n" +
    "  --timeout <seconds>          time limit for downloading one link (default 30 seconds)\n" +
    "  --max-size <MB>              size limit for downloading one link (default 20 MB)\n" +
    '  --locale <zh-CN|en>          language of the findings and comments (default zh-CN; en when LANG starts with "en")\n' +
    "  -h, --help                   show this help\n" +
    "\n" +
    "Exit status: 0 imported with no error finding; 1 an error finding (numbers conflicting with the source's row labels, or no report found in the source); 2 usage error, unreadable/unwritable file or a link that cannot be downloaded.\n",
  "import.result":
    "{file}: {cells} table cells, {read} read as published, {inferred} inferred, {unreadable} not readable; {errors} errors, {warnings} warnings.",
  "import.column.file": "File",
  "import.column.agency": "Agency",
  "import.column.year": "Year",
  "import.column.read": "Read/cells",
  "import.column.inferred": "Inferred",
  "import.column.unreadable": "Not readable",
  "import.column.findings": "Findings",
  "import.column.findingCounts": "{errors} errors, {warnings} warnings, {infos} infos",
  "import.summary.total":
    "Imported {files} reports: {cells} table cells, {read} read as published, {inferred} inferred, {unreadable} not readable; {errors} errors, {warnings} warnings.",
  "import.summary.notWritten": "No file written; -o <folder> writes each report as <original name>.nianbao.yaml.",
  "error.importTooLarge":
    "{path} is {size} MB, more than the import limit of {max} MB; an annual report is tens to hundreds of KB: check that this is the right file",
  "error.importBinary":
    "{path} is not a text file, or its encoding cannot be decided (UTF-8, GB18030 and UTF-16 with a BOM are read), and cannot be imported as a web page, Markdown or text; if it is a PDF, give it the .pdf extension",
  "error.importNoInput": "name the file, folder or link to import, or - for standard input",
  "error.importOneInput": "import takes one file or folder at a time, but {count} were given",
  "error.importNoSources": "no report to import in {path} (*.txt, *.md, *.html, *.htm, *.pdf, *.docx)",
  "error.importOutputFolder": "when importing a folder, -o names a folder, but {path} is a file",
  // Writing files and output (issue 10): never over the user's files, never half a file, never silently.
  "error.outputIsInput":
    "{path} is the file being read and cannot be written over (not even with --force); name another file with -o",
  "error.stdoutFailed": "cannot write to standard output ({reason}); the output is incomplete",
  "error.stderrFailed": "cannot write to standard error ({reason})",
  "import.skipped": "{path} exists and was not replaced (skipped); add --force to replace it",
  "import.summary.skipped": "{count} skipped because they exist (not replaced; add --force to replace them).",
  "import.summary.noReport": "{count} not imported: no report found.",
  "import.noReportNotWritten": "no report found in {file}; no YAML written",
  "error.renderNotReport":
    "{path} is not an annual report ({reason}); nothing rendered. Check that this is the right file; import a published page or text with nianbao import first",
  "error.fromNotReport":
    "{path} given to --from is not an annual report ({reason}) and cannot be carried over; name last year's *.nianbao.yaml",
  "error.fromUnreadable":
    "cannot carry over from {path}: {problems}. No report written; correct last year's report first (run nianbao check {path})",
  "notReport.empty": "the file is empty",
  "notReport.notMapping": 'its content is not a report\'s "key: value" entries',
  "notReport.noSection": "none of a report's sections or tables is in it",
  "notReport.tooLarge": "it is over the reading limit",
  // Inputs that cannot be read as a report: one line each, and a FILE-UNREADABLE finding in a folder's results.
  "error.tooLarge":
    "{path} is larger than {max} MB, which no annual report is (one is some tens of KB), and was not read: check that this is the right file",
  "error.undecidable":
    "cannot decide the encoding of {path}: it is not UTF-8, GB18030 or UTF-16 with a BOM, or not text at all (it holds binary data). Save the report as UTF-8 in the editor",
  "error.notAFile": "{path} is not a regular file (a named pipe, a device …); a folder check does not read it",
  "error.danglingLink": "{path} is a symbolic link to a file that does not exist",
  // New sources (issue 12): Word documents, links, the summary of a folder of mixed kinds.
  "import.column.kind": "Kind",
  "import.summary.kind":
    "  of which {kind}: {files} reports, {cells} table cells, {read} read as published, {inferred} inferred, {unreadable} not readable.",
  "import.summary.failed": "{count} not imported: could not be read (see standard error).",
  "error.importLegacyWord":
    "{path} is a Word 97–2003 (.doc) or WPS (.wps) file, which cannot be read; open it in Word or WPS, choose Save As → Word Document (*.docx), and import the .docx",
  "error.docxNotWord":
    "{path} is not a Word document (.docx): it has no body (word/document.xml); if it is another kind, name it with --kind",
  "error.docxCorrupt":
    "cannot read the Word document {path} ({detail}); open it in Word or WPS and save it again as .docx",
  "error.importUrlsAndInput": "--urls cannot be given with a file, folder or link; list every link in the --urls file",
  "error.importInvalidLimit": 'invalid value "{value}" for {option}: expected a positive number',
  "error.urlListLine":
    '{path} line {line}: "{value}" is not an http:// or https:// link (lines starting with # are comments)',
  "error.urlListEmpty":
    "{path} lists no link (one http:// or https:// link a line; lines starting with # are comments)",
  "error.urlNotHttp": "{url} is not an http:// or https:// link and was not downloaded",
  "error.urlUnreachable": "cannot reach {url} ({reason}); check the address and the network",
  "error.urlTimeout":
    "downloading {url} took more than {seconds} seconds and was stopped; --timeout allows more for a slow site",
  "error.urlStatus": "{url} answered HTTP {status} {statusText}, not a report; check the link in a browser",
  "error.urlTooLarge":
    "{url} is {size} MB, over the download limit of {max} MB; a report is some tens or hundreds of KB: check the link, or raise the limit with --max-size",
  "error.urlRedirectLoop": "{url} redirects in a loop, not to a report; check the link in a browser",
  "error.urlTooManyRedirects": "{url} redirected more than {count} times and was given up; check the link in a browser",
};
