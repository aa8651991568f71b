import type { MapNode } from "../node.js";
import { Decline } from "./decline.js";
import { LeanParser } from "./parser.js";

/**
 * The lean parse path: a linear, hand-written reader for the YAML subset `*.nianbao.yaml` files
 * use, about ten times cheaper than yaml's `parseDocument`, which lexes, builds a concrete syntax
 * tree with generators and then composes it.
 *
 * It builds plain nodes of its own (read/node.ts) with the fields yaml's composer gives its nodes
 * (the same `range`, `value`, `source`, `type` and `format`, plain scalars resolved by the YAML 1.2
 * core schema), and uses nothing of yaml's: the reader walks both kinds through the guards of
 * read/node.ts with the one walker it uses for yaml's document. Ranges follow yaml 2.9 to the character,
 * including where the parser puts comment lines: an inline value takes in the comment lines after
 * it that are indented deeper than its collection; comment lines after a collection's last entry
 * stay in that collection unless all are less indented than it; an empty value keeps what follows
 * its `:` up to the next key (see trailing.ts).
 *
 * The subset: a block mapping at column 0; block mappings and sequences (sequences indented
 * deeper than their key); plain scalars on one line; single- and double-quoted scalars on one line;
 * `|` and `>` block scalars with `-`/`+` chomping; flow sequences and mappings of scalars on one
 * line; comments, blank lines, CRLF line ends. Anything else (anchors, aliases, tags, `?` keys,
 * directives, document markers, tabs, multi-line plain or quoted scalars, nested or multi-line
 * flow collections, explicit indentation indicators, block collections nested more than 64 deep,
 * any construct yaml would report as an error)
 * is declined, and the caller reads the text with the full parser: correctness never depends on
 * the lean path.
 */
export function parseLean(src: string): MapNode | null {
  try {
    return new LeanParser(src).parse();
  } catch (err) {
    // The stack cannot run out within the nesting the lean parser reads; should it ever, the
    // full parser decides.
    if (err instanceof Decline || err instanceof RangeError) return null;
    throw err;
  }
}

/** Why the lean path declined a text, or null when it read it: for tests and measurements. */
export function leanDeclineReason(src: string): string | null {
  try {
    new LeanParser(src).parse();
    return null;
  } catch (err) {
    if (err instanceof Decline) return err.reason;
    throw err;
  }
}
