const SPACE = /\s/u;
/** Characters a key is never taken to contain: YAML's indicators that end or open something. */
const NOT_IN_KEY = new Set([":", "#", "[", "]", "{", "}"]);

export interface WrittenKey {
  /** The key as written (not normalized), without the spaces before the colon. */
  readonly key: string;
  /** How many characters come before it: indentation, and list dashes when they are skipped. */
  readonly indent: number;
}

/**
 * The key a line writes before its first colon: what `/^([\s-]*)([^:#[\]{}]+?)\s*:/u` captures
 * (`/^(\s*)…/u` when `dashes` is false), found in one pass. Those patterns backtrack cubically on
 * a long line of spaces with no colon (2,000 spaces: seconds; 10,000: hours), and a line is
 * whatever an author typed or pasted.
 */
export function writtenKey(line: string, dashes: boolean): WrittenKey | null {
  let c = 0;
  while (c < line.length && !NOT_IN_KEY.has(line[c]!)) c++;
  if (c === line.length || line[c] !== ":") return null;
  let p = 0;
  while (p < c && (SPACE.test(line[p]!) || (dashes && line[p] === "-"))) p++;
  // Nothing but indentation before the colon: the pattern gives its last character back to be the key.
  if (p === c) return c === 0 ? null : { key: line[c - 1]!, indent: c - 1 };
  let end = c;
  while (end > p && SPACE.test(line[end - 1]!)) end--;
  return { key: line.slice(p, end), indent: p };
}
