import { decline } from "./decline.js";

/**
 * Block scalars (`|`, `>`, with `-` or `+` chomping), followed line for line from yaml 2.9's
 * lexer (where the body ends) and composer (what the text is), so the lean path gives the same
 * value and range. Only the explicit indentation indicator (`|2`) is left to the full parser.
 */

export interface BlockHeader {
  readonly folded: boolean;
  readonly chomp: "" | "-" | "+";
}

/** Reads a header such as `|-` at `pos`; null when it is anything else (`|2`, `|x`). */
export function blockHeader(src: string, pos: number, end: number): { header: BlockHeader; length: number } | null {
  const folded = src.charCodeAt(pos) === 0x3e;
  let chomp: BlockHeader["chomp"] = "";
  let i = pos + 1;
  if (i < end) {
    const c = src[i];
    if (c === "-" || c === "+") {
      chomp = c;
      i++;
    }
  }
  if (i < end && src.charCodeAt(i) !== 0x20) return null;
  return { header: { folded, chomp }, length: i - pos };
}

/**
 * Where the body of a block scalar ends: the lexer's `parseBlockScalar` for a whole text. `pos` is
 * the start of the line after the header, `indentNext` the least indentation of its body (one more
 * than the key's column).
 */
export function blockScalarEnd(src: string, pos: number, indentNext: number, keep: boolean): number {
  const len = src.length;
  let nl = pos - 1;
  let indent = 0;
  let i = pos;
  scan: for (; i < len; ++i) {
    switch (src.charCodeAt(i)) {
      case 0x20:
        indent += 1;
        break;
      case 0x0a:
        nl = i;
        indent = 0;
        break;
      case 0x0d:
        if (src.charCodeAt(i + 1) === 0x0a) break;
        break scan;
      default:
        break scan;
    }
  }
  if (indent >= indentNext) {
    const bodyIndent = indent;
    do {
      const cs = continueScalar(src, nl + 1, bodyIndent);
      if (cs === -1) break;
      nl = src.indexOf("\n", cs);
    } while (nl !== -1);
    if (nl === -1) nl = len;
  }
  if (!keep) {
    for (;;) {
      let j = nl - 1;
      let c = src.charCodeAt(j);
      if (c === 0x0d) c = src.charCodeAt(--j);
      const lastChar = j;
      while (c === 0x20) c = src.charCodeAt(--j);
      if (c === 0x0a && j >= pos && j + 1 + indent > lastChar) nl = j;
      else break;
    }
  }
  return Math.min(nl + 1, len);
}

/** The lexer's `continueScalar` for a body indented at least `indentNext`. */
function continueScalar(src: string, offset: number, indentNext: number): number {
  let indent = 0;
  let c = src.charCodeAt(offset);
  while (c === 0x20) c = src.charCodeAt(++indent + offset);
  if (c === 0x0d && src.charCodeAt(indent + offset + 1) === 0x0a) return offset + indent + 1;
  return c === 0x0a || indent >= indentNext ? offset + indent : -1;
}

/**
 * The text of a block scalar: the composer's `resolveBlockScalar` for a header without an
 * indentation indicator. `source` is the body (from the line after the header to its end) and
 * `parentIndent` the indentation of the mapping holding it.
 */
export function blockScalarValue(header: BlockHeader, source: string, parentIndent: number): string {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === "" || content === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0)
    return header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === "" || content === "\r") {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      // More-indented leading blank lines need an indentation indicator: a YAML error.
      if (indent.length < trimIndent) decline("block scalar leading lines");
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) decline("block scalar not indented");
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  let value = "";
  let sep = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, line] = lines[i]!;
    const content = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (content && indent.length < trimIndent) decline("block scalar less indented");
    if (!header.folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
    } else if (indent.length > trimIndent || content[0] === "\t") {
      if (sep === " ") sep = "\n";
      else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
      value += sep + indent.slice(trimIndent) + content;
      sep = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep === "\n") value += "\n";
      else sep = "\n";
    } else {
      value += sep + content;
      sep = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i]![0].slice(trimIndent);
      if (value[value.length - 1] !== "\n") value += "\n";
      break;
    default:
      value += "\n";
  }
  return value;
}

/** Lines as [indentation, text], split as yaml splits them. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}
