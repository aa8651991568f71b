import { CST, Lexer } from "yaml";

/** Tokens that write a node: a scalar (plain or block, marked by the lexer), a quoted scalar, an alias, a flow collection, a block sequence entry. */
const NODE_TOKENS: ReadonlySet<string> = new Set([
  "scalar",
  "single-quoted-scalar",
  "double-quoted-scalar",
  "alias",
  "flow-seq-start",
  "flow-map-start",
  "seq-item-ind",
]);
/** The lexer's own markers, which stand for no source text. */
const MARKERS: ReadonlySet<string> = new Set(["\x02", "\x18", "\x1f"]);

/**
 * Counts the YAML nodes a text writes, from the lexer's tokens, before anything is parsed: the
 * parser's tree takes some 500 bytes per node, so a text of tiny nodes ("1,1,1,…") would cost
 * hundreds of megabytes and seconds before any limit could look at it. Each node token covers at
 * least one character of its own, so a text no longer than `max` characters cannot pass `max`.
 * Returns the count and where it passed `max` (offset in `src`), or null when it stays within.
 */
export function tooManyNodes(src: string, max: number): { count: number; at: number } | null {
  if (src.length <= max) return null;
  let count = 0;
  let offset = 0;
  let at = -1;
  for (const token of new Lexer().lex(src)) {
    if (NODE_TOKENS.has(CST.tokenType(token) ?? "") && ++count === max + 1) at = offset;
    if (!MARKERS.has(token)) offset += token.length;
  }
  return at < 0 ? null : { count, at: Math.min(at, src.length) };
}
