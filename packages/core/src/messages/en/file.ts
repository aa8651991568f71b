import type { Catalogue } from "../format.js";

/** Messages of the file rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {
  "YAML-SYNTAX.BAD_INDENT":
    "Wrong indentation: YAML shows nesting by indentation, so keys of one level line up and the next level is indented further (spaces only). A bracketed row continued on the next line must also be indented further than its key.",
  "YAML-SYNTAX.MISSING_CHAR":
    "A required character is missing: the colon after a key, the closing ] or }, or a closing quote.",
  "YAML-SYNTAX.UNEXPECTED_TOKEN":
    "Unexpected character here, such as an extra comma, bracket or colon. Write 0 for an empty cell inside brackets rather than leaving it out.",
  "YAML-SYNTAX.BLOCK_AS_IMPLICIT_KEY":
    "Several lines cannot be used as a key: usually the line above lacks its colon, or the indentation is off.",
  "YAML-SYNTAX.MULTILINE_IMPLICIT_KEY":
    "A key must fit on one line: this one spans several, usually because the line above lacks its colon or the indentation is off.",
  "YAML-SYNTAX.TAB_AS_INDENT": "A tab is used for indentation: YAML indents with spaces only.",
  "YAML-SYNTAX.BAD_SCALAR_START":
    "A value cannot start with this character (such as @, `, %, or a lone -, ? or :): put the value in quotes.",
  "YAML-SYNTAX.DUPLICATE_KEY": "The same key appears twice at one level.",
  "YAML-SYNTAX.BAD_DQ_ESCAPE":
    "Invalid backslash escape in a double-quoted string: to write a backslash itself, use single quotes.",
  "YAML-SYNTAX.BLOCK_IN_FLOW": "Indented multi-line structure inside brackets or braces is not allowed.",
  "YAML-SYNTAX.BAD_ALIAS": "An alias (*name) or anchor (&name) is malformed. A report needs no anchors or aliases.",
  "YAML-SYNTAX.ALIAS_PROPS": "An alias (*name) cannot carry an anchor or a tag. A report needs no anchors or aliases.",
  "YAML-SYNTAX.MULTIPLE_DOCS":
    "The file holds several YAML documents (separated by ---); only the first was read. Write one report per file.",
  "YAML-SYNTAX.KEY_OVER_1024_CHARS": "A key longer than 1024 characters: usually a missing colon or line break.",
  "YAML-SYNTAX.TAG_RESOLVE_FAILED": "Unknown tag (starting with !). A report needs no YAML tags: remove it.",
  "YAML-SYNTAX.BAD_COLLECTION_TYPE":
    "A tag (starting with !) does not fit its content. A report needs no YAML tags: remove it.",
  "YAML-SYNTAX.BAD_DIRECTIVE": "Invalid YAML directive (starting with %). A report needs no directives: remove it.",
  "YAML-SYNTAX.MULTIPLE_ANCHORS": "Several anchors (&name) on one value. A report needs no anchors or aliases.",
  "YAML-SYNTAX.MULTIPLE_TAGS": "Several tags (!name) on one value. A report needs no YAML tags.",
  "YAML-SYNTAX.BAD_PROP_ORDER": "Anchors (&) and tags (!) go before the value. A report needs neither.",
  "YAML-SYNTAX.NON_STRING_KEY": "A key must be text, not a list or a mapping.",
  "YAML-SYNTAX.RESOURCE_EXHAUSTION": "The structure here is nested too deeply to be read.",
  "YAML-SYNTAX.INTERNAL":
    "An internal error stopped the reading of this file ({detail}). Please report the file to the Nianbao developers.",
  "YAML-SYNTAX.other": "YAML syntax error ({code}): {detail}",
  "YAML-SYNTAX.duplicateKey":
    "「{key}」 appears again: it was already written on line {line}, and this occurrence is not read. Merge the two and delete one.",
  "YAML-SYNTAX.firstOccurrence": "First occurrence of 「{key}」",
  "YAML-SYNTAX.unreadableLines":
    "Because of this, lines {from}–{to} cannot be read at their level: what follows from it (indentation errors, unknown keys, missing rows: {count} in all) comes from here and is not listed again; fix this and check again.",
  "YAML-SYNTAX.unreadableLine":
    "Because of this, line {from} cannot be read at its level: what follows from it (unknown keys, missing rows: {count} in all) comes from here and is not listed again; fix this and check again.",
  // A one-line text continued on the next line (Enter pressed inside it): said as the writer sees it.
  "YAML-SYNTAX.proseBreak":
    "The text of 「{label}」 goes on to a new line that is not indented: from line {line} it is read as a new key, so the file cannot be read. To write paragraphs, use the multi-paragraph form (`key: |`, each paragraph below indented two spaces).",
  "YAML-SYNTAX.proseBreakFix": "Change to multi-paragraph text",
  // Above the lines of a file a rendering could not read (render/unreadable.ts).
  "render.unreadable": "The lines below could not be read; check the file (line {lines}):",
  // One wrongly indented line, found by re-indenting it: said on that line, with its fix.
  "YAML-SYNTAX.indentTooMany":
    "Line {line} is indented {count} too far: keys of one level line up, and this line should be indented {expected} spaces. The lines after it could not be read at their level because of it; what follows from that is not listed again.",
  "YAML-SYNTAX.indentTooFew":
    "Line {line} is indented {count} too little: keys of one level line up, and this line should be indented {expected} spaces. The lines after it could not be read at their level because of it; what follows from that is not listed again.",
  "YAML-SYNTAX.indentTab":
    "Line {line} is indented with a tab: YAML indents with spaces only, and this line should be indented {expected} spaces.",
  "YAML-SYNTAX.indentFix": "Indent line {line} by {expected} spaces",
  "rule.YAML-SYNTAX.title": "YAML syntax",
  "rule.YAML-SYNTAX.summary":
    "The file is valid YAML and no level repeats a key. An indentation error (a tab, say) makes yaml read the lines after it, up to the next top-level key, at the wrong level: the indentation errors, unknown keys and missing rows that follow are folded into it, not listed again; when one line alone is indented wrongly (spaces too many or too few, a tab), that line is named, with a quick fix that re-indents it. File errors come before the other findings.",
  "rule.YAML-SYNTAX.why":
    "A file error, outside RULES.md's catalogue of checks: after a syntax error the tables cannot be read as written, and of a repeated key only the first occurrence is read, so the other numbers would be lost silently. The usual causes are a missing ], tab indentation and an empty cell in a bracketed row ([ , 0]).",
  "rule.YAML-SYNTAX.fix": "Correct the marked place as the message says; merge repeated keys into one.",
  "YAML-LIMIT.size":
    "File too large: {actual} characters, the limit is {max} (a report is about 10,000). The file was not read.",
  "YAML-LIMIT.aliases":
    "The file uses {actual} YAML aliases (*name), the limit is {max}: this may be an alias bomb. The file was not read. A report needs no aliases.",
  "YAML-LIMIT.depth":
    "Brackets and braces nest {actual} deep here, the limit is {max} (a report nests two deep). The file was not read.",
  "YAML-LIMIT.line-length": "This line is {actual} characters long, the limit is {max}: usually a missing line break.",
  "YAML-LIMIT.errors":
    "Too many YAML syntax errors: {actual} in all, only the first {max} are listed. Correct the first ones first.",
  "YAML-LIMIT.nodes": "The file's structure is too large: {actual} nodes, the limit is {max}. The file was not read.",
  "rule.YAML-LIMIT.title": "File size and structure limits",
  "rule.YAML-LIMIT.summary":
    "The file stays within the reader's limits: size (500,000 characters by default), YAML aliases (100), nesting of brackets and braces (64), YAML nodes (20,000), line length (100,000 characters), and syntax errors listed (100).",
  "rule.YAML-LIMIT.why":
    "A file error, outside RULES.md's catalogue of checks: a report is about 10,000 characters and the limits leave a fiftyfold margin. Inputs beyond them (a wrong file picked by mistake, an alias bomb, deep nesting) would stall the editor and batch checks, so they are not read and are reported instead.",
  "rule.YAML-LIMIT.fix":
    "Check that the right file is open; remove aliases and needless nesting; break overlong lines.",
  "FILE-ENCODING.notUtf8":
    'The file is encoded as {encoding}, not UTF-8. It was read and checked as {encoding}, but editors, Git and other tools read *.nianbao.yaml as UTF-8 and will show garbled text. Save it as UTF-8: in VS Code click the encoding in the status bar, then "Save with Encoding" → "UTF-8"; in Notepad use "Save as" with encoding "UTF-8"; in WPS "Save as" plain text with encoding "UTF-8".',
  "rule.FILE-ENCODING.title": "File encoding",
  "rule.FILE-ENCODING.summary":
    "The file is saved as UTF-8 (with or without a BOM). GB18030 (GBK) and UTF-16 files with a BOM are read and checked too, with this warning.",
  "rule.FILE-ENCODING.why":
    "A file warning, not in RULES.md's catalogue: Windows and WPS save Chinese text as GB18030 (GBK) by default, and Notepad's \"Unicode\" is UTF-16. Nianbao recognises these, but editors, Git, web forms and next year's new --from read UTF-8, so the file turns to mojibake in the next tool. A file whose encoding cannot be decided (binary data, UTF-16 without a BOM) is not checked but reported as an unreadable input.",
  "rule.FILE-ENCODING.fix":
    'Save the file as UTF-8 in the editor: VS Code "Save with Encoding" → "UTF-8"; Notepad "Save as" → encoding "UTF-8".',
};
