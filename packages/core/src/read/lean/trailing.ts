import { COMMENT, type Lines } from "./lines.js";

const SPACE = 0;
const COMMENT_TOKEN = 1;
const NEWLINE = 2;
const INDICATOR = 3;

/**
 * The end of the range of an empty value (`key:` with nothing after it on its line and no deeper
 * lines). yaml's parser keeps every token after the `:` up to the next content (line ends, the
 * spaces and comments of the lines between, the next line's indentation) as the separator of the
 * entry; when the next content is a key of the same mapping, it hands the separator's tail, from
 * its second line end (counted after the last comment indented deeper than the mapping), to that
 * key. The empty scalar sits at `p` (after the `:` and its spaces) and its range reaches the end
 * of what remains of the separator only when a comment remains in it.
 */
export function emptyValueEnd(
  lines: Lines,
  keyLine: number,
  colonEnd: number,
  p: number,
  nextLine: number,
  indent: number,
): number {
  const types: number[] = [INDICATOR];
  const ends: number[] = [colonEnd];
  const indents: number[] = [indent];
  const push = (type: number, end: number, at = 0) => {
    types.push(type);
    ends.push(end);
    indents.push(at);
  };
  const lineEnd = lines.end[keyLine]!;
  if (p > colonEnd) push(SPACE, p);
  // A comment on the key's line is indented as its mapping: it never resets the count below.
  if (p < lineEnd) push(COMMENT_TOKEN, lineEnd, indent);
  if (lines.next[keyLine]! > lineEnd) push(NEWLINE, lines.next[keyLine]!);
  for (let k = keyLine + 1; k < nextLine; k++) {
    if (lines.indent[k]! > 0) push(SPACE, lines.textStart(k));
    if (lines.kind[k] === COMMENT) push(COMMENT_TOKEN, lines.end[k]!, lines.indent[k]);
    if (lines.next[k]! > lines.end[k]!) push(NEWLINE, lines.next[k]!);
  }
  const sameMapping = nextLine < lines.count && lines.indent[nextLine] === indent;
  if (nextLine < lines.count && lines.indent[nextLine]! > 0) push(SPACE, lines.textStart(nextLine));
  let n = types.length;
  if (sameMapping) {
    let newlines: number[] = [];
    for (let i = 0; i < types.length; i++) {
      if (types[i] === NEWLINE) newlines.push(i);
      else if (types[i] === INDICATOR || (types[i] === COMMENT_TOKEN && indents[i]! > indent)) newlines = [];
    }
    if (newlines.length >= 2) n = newlines[1]!;
  }
  for (let i = 0; i < n; i++) if (types[i] === COMMENT_TOKEN) return ends[n - 1]!;
  return p;
}
