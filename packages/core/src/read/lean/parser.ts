import { Scalar } from "yaml";
import type { MapNode, Node, ScalarNode, SeqNode } from "../node.js";
import { blockHeader, blockScalarEnd, blockScalarValue } from "./block-scalar.js";
import { decline } from "./decline.js";
import { parseFlow, skipSpaces } from "./flow.js";
import { BLANK, COMMENT, Lines } from "./lines.js";
import { NodeFactory } from "./nodes.js";
import { AT_COLON, AT_EOL, quoteEnd, quotedValue, scanPlainBlock, startsPlain, type PlainStop } from "./scan.js";
import { emptyValueEnd } from "./trailing.js";

/**
 * Block collections nested deeper than this are left to yaml: reports nest four deep, and yaml's
 * own recursive composer may run out of stack on a few hundred levels, depending on how warm the
 * engine is, so its result there is not one to reproduce.
 */
const MAX_NESTING = 64;

const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const SPACE = 0x20;

/**
 * Comment lines after the last entry of a block collection, up to the line that ends it: yaml
 * keeps them in the collection (extending its range) unless all are less indented than it.
 */
export interface Trailing {
  readonly maxCommentIndent: number;
  /** Where the line ending the collection starts its text, or the end of the text. */
  readonly end: number;
}

/** A block collection as read: the node, the content line that ends it, and comment lines still to be placed. */
interface Block {
  readonly node: MapNode | SeqNode;
  readonly nextLine: number;
  readonly trailing: Trailing | null;
}

/** The value of one entry, and where the lines after it begin. */
interface Entry {
  readonly node: Node;
  /** The first line after the value (for an inline value, after the comment lines it takes in). */
  readonly after: number;
  /** Set when the value is a block collection: its result already decides what follows. */
  readonly block?: Block;
  /** Set when the value is empty: the content line after it. */
  readonly nextLine?: number;
}

/**
 * A linear reader for the YAML that `*.nianbao.yaml` files are written in: block mappings and
 * sequences, one-line flow collections of scalars, plain and one-line quoted scalars, `|` and `>`
 * block scalars, comments. It builds the nodes yaml's composer builds for the same text, ranges
 * included (the rules are listed in index.ts); anything else is declined.
 */
export class LeanParser {
  private readonly lines: Lines;
  private readonly f = new NodeFactory();
  private readonly stop: PlainStop = { textEnd: 0, stop: AT_EOL, at: 0 };
  /** How many block collections enclose the one being read. */
  private depth = 0;

  constructor(private readonly src: string) {
    this.lines = new Lines(src);
  }

  parse(): MapNode {
    const { lines } = this;
    const first = lines.nextContent(0);
    if (first === lines.count || lines.indent[first] !== 0) decline("no mapping at column 0");
    // Comment lines after the top mapping belong to the document, never to the mapping.
    return this.mapAt(first, 0, lines.start[first]!).node as MapNode;
  }

  /** A block mapping whose first key is at `keyPos` on `line`; all its keys sit at column `indent`. */
  private mapAt(line: number, indent: number, keyPos: number): Block {
    if (++this.depth > MAX_NESTING) decline("nesting depth");
    const { lines, f } = this;
    const map = f.map(false);
    const first = keyPos;
    let offset: number;
    for (;;) {
      const lineEnd = lines.end[line]!;
      const key = this.key(keyPos, lineEnd);
      const colonEnd = this.stop.at + 1;
      const entry = this.value(line, indent, colonEnd, lineEnd);
      map.items.push(f.pair(key, entry.node));
      offset = entry.node.range![2];
      const { nextLine, trailing } = this.follow(entry, indent);
      if (nextLine < lines.count && lines.indent[nextLine] === indent) {
        line = nextLine;
        keyPos = lines.textStart(line);
        continue;
      }
      map.range = [first, offset, offset];
      this.depth--;
      return { node: map, nextLine, trailing };
    }
  }

  /** A block sequence whose dashes sit at column `indent`, the first on `line`. */
  private seqAt(line: number, indent: number): Block {
    if (++this.depth > MAX_NESTING) decline("nesting depth");
    const { lines, src, f, stop } = this;
    const seq = f.seq(false);
    const first = lines.textStart(line);
    let offset: number;
    for (;;) {
      const lineEnd = lines.end[line]!;
      const dash = lines.textStart(line);
      if (src.charCodeAt(dash) !== DASH || dash + 1 >= lineEnd || src.charCodeAt(dash + 1) !== SPACE)
        decline("sequence item");
      const p = skipSpaces(src, dash + 1, lineEnd);
      const c = src.charCodeAt(p);
      let entry: Entry;
      if (p >= lineEnd || c === HASH) decline("empty sequence item");
      if (c === 0x5b || c === 0x7b) entry = this.flow(line, indent, p, lineEnd);
      else if (c === 0x27 || c === 0x22) {
        const close = quoteEnd(src, p, lineEnd);
        const after = skipSpaces(src, close + 1, lineEnd);
        if (src.charCodeAt(after) === COLON) entry = this.itemMap(line, p);
        else
          entry = this.inline(
            f.text(quotedValue(src, p, close), c === 0x27 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, [
              p,
              close + 1,
              close + 1,
            ]),
            close + 1,
            line,
            indent,
          );
      } else if (startsPlain(src, p, lineEnd, false)) {
        scanPlainBlock(src, p, lineEnd, stop);
        if (stop.stop === AT_COLON) entry = this.itemMap(line, p);
        else
          entry = this.inline(
            f.plain(src.slice(p, stop.textEnd), [p, stop.textEnd, stop.textEnd]),
            stop.textEnd,
            line,
            indent,
          );
      } else return decline("sequence item start");
      seq.items.push(entry.node);
      offset = entry.node.range![2];
      const { nextLine, trailing } = this.follow(entry, indent);
      if (nextLine < lines.count && lines.indent[nextLine] === indent) {
        line = nextLine;
        continue;
      }
      seq.range = [first, offset, offset];
      this.depth--;
      return { node: seq, nextLine, trailing };
    }
  }

  /** A mapping opened on a sequence item's line (`- 内容: …`): its keys sit at the column of the first. */
  private itemMap(line: number, keyPos: number): Entry {
    const col = keyPos - this.lines.start[line]!;
    const block = this.settle(this.mapAt(line, col, keyPos), col);
    return { node: block.node, after: block.nextLine, block };
  }

  /** What follows an entry: the next content line, and the trailing comment lines if the collection ends there. */
  private follow(entry: Entry, indent: number): { nextLine: number; trailing: Trailing | null } {
    const { lines } = this;
    let nextLine: number;
    let trailing: Trailing | null = null;
    if (entry.block) ({ nextLine, trailing } = entry.block);
    else if (entry.nextLine !== undefined) nextLine = entry.nextLine;
    else {
      nextLine = lines.nextContent(entry.after);
      trailing = this.trailingOver(entry.after, nextLine);
    }
    // A content line indented deeper than the entries continues a plain scalar or is an error.
    if (nextLine < lines.count && lines.indent[nextLine]! > indent) decline("content indented under a complete entry");
    return { nextLine, trailing };
  }

  /** The value after a key's `:` (at `colonEnd` on `line`) in a mapping at column `indent`. */
  private value(line: number, indent: number, colonEnd: number, lineEnd: number): Entry {
    const { lines, src, f, stop } = this;
    const p = skipSpaces(src, colonEnd, lineEnd);
    const c = src.charCodeAt(p);
    if (p >= lineEnd || c === HASH) {
      const nl = lines.nextContent(line + 1);
      if (nl < lines.count && lines.indent[nl]! > indent) {
        const col = lines.indent[nl]!;
        const start = lines.textStart(nl);
        const nested =
          src.charCodeAt(start) === DASH && src.charCodeAt(start + 1) === SPACE
            ? this.seqAt(nl, col)
            : this.mapAt(nl, col, start);
        const block = this.settle(nested, col);
        return { node: block.node, after: block.nextLine, block };
      }
      const end = emptyValueEnd(lines, line, colonEnd, p, nl, indent);
      return { node: f.plain("", [p, p, end]), after: nl, nextLine: nl };
    }
    if (c === 0x7c || c === 0x3e) return this.blockScalar(line, indent, p, lineEnd);
    if (c === 0x5b || c === 0x7b) return this.flow(line, indent, p, lineEnd);
    if (c === 0x27 || c === 0x22) {
      const close = quoteEnd(src, p, lineEnd);
      return this.inline(
        f.text(quotedValue(src, p, close), c === 0x27 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, [
          p,
          close + 1,
          close + 1,
        ]),
        close + 1,
        line,
        indent,
      );
    }
    if (!startsPlain(src, p, lineEnd, false)) decline("value start");
    scanPlainBlock(src, p, lineEnd, stop);
    if (stop.stop === AT_COLON) decline("mapping on a key's line");
    return this.inline(
      f.plain(src.slice(p, stop.textEnd), [p, stop.textEnd, stop.textEnd]),
      stop.textEnd,
      line,
      indent,
    );
  }

  private flow(line: number, indent: number, p: number, lineEnd: number): Entry {
    const { node, close } = parseFlow(this.src, p, lineEnd, this.f, this.stop);
    return this.inline(node, close, line, indent);
  }

  /**
   * A value that ends on its own line: only spaces and a comment may follow it there. Its range's
   * end covers the rest of the line and the comment lines after it that are indented deeper than
   * its collection (yaml's parser hands those to the value before them).
   */
  private inline(node: Node, valueEnd: number, line: number, indent: number): Entry {
    const { lines, src } = this;
    const lineEnd = lines.end[line]!;
    const rest = skipSpaces(src, valueEnd, lineEnd);
    if (rest < lineEnd && (src.charCodeAt(rest) !== HASH || rest === valueEnd)) decline("text after a value");
    let end = lines.next[line]!;
    let after = line + 1;
    for (;;) {
      let k = after;
      while (k < lines.count && lines.kind[k] === BLANK) k++;
      if (k < lines.count && lines.kind[k] === COMMENT && lines.indent[k]! > indent) {
        end = lines.next[k]!;
        after = k + 1;
      } else break;
    }
    node.range![2] = end;
    return { node, after };
  }

  private blockScalar(line: number, indent: number, p: number, lineEnd: number): Entry {
    const { lines, src, f } = this;
    const head = blockHeader(src, p, lineEnd);
    if (!head) return decline("block scalar header");
    const rest = skipSpaces(src, p + head.length, lineEnd);
    if (rest < lineEnd && (src.charCodeAt(rest) !== HASH || rest === p + head.length))
      decline("text after a block scalar header");
    const bodyStart = lines.next[line]!;
    const end = blockScalarEnd(src, bodyStart, indent + 1, head.header.chomp === "+");
    const value = blockScalarValue(head.header, src.slice(bodyStart, end), indent);
    const node = f.text(value, head.header.folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, [p, end, end]);
    let after = line + 1;
    while (after < lines.count && lines.start[after]! < end) after++;
    return { node, after };
  }

  /** A key at `pos`, plain or quoted, followed by `:` and a space or the line's end. Leaves the colon's offset in `stop.at`. */
  private key(pos: number, lineEnd: number): ScalarNode {
    const { src, f, stop } = this;
    const c = src.charCodeAt(pos);
    if (c === 0x27 || c === 0x22) {
      const close = quoteEnd(src, pos, lineEnd);
      const colon = skipSpaces(src, close + 1, lineEnd);
      if (src.charCodeAt(colon) !== COLON || (colon + 1 < lineEnd && src.charCodeAt(colon + 1) !== SPACE))
        decline("quoted key without ':'");
      stop.at = colon;
      return f.text(quotedValue(src, pos, close), c === 0x27 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, [
        pos,
        close + 1,
        close + 1,
      ]);
    }
    if (!startsPlain(src, pos, lineEnd, false)) decline("key start");
    scanPlainBlock(src, pos, lineEnd, stop);
    if (stop.stop !== AT_COLON) decline("line without a key");
    return f.plain(src.slice(pos, stop.textEnd), [pos, stop.textEnd, stop.textEnd]);
  }

  /**
   * Where comment lines after a collection's last entry go when the collection ends: yaml keeps
   * them in it (its range then ends where the next content begins) unless every one is less
   * indented than the collection, or the collection is at column 0; then they pass to the parent.
   */
  private settle(block: Block, indent: number): Block {
    const t = block.trailing;
    if (!t || indent === 0 || t.maxCommentIndent < indent) return block;
    block.node.range![2] = t.end;
    return { node: block.node, nextLine: block.nextLine, trailing: null };
  }

  /** The comment lines in [from, to), as trailing lines ending at line `to`; null when there are none. */
  private trailingOver(from: number, to: number): Trailing | null {
    const { lines } = this;
    let max = -1;
    for (let k = from; k < to; k++) if (lines.kind[k] === COMMENT && lines.indent[k]! > max) max = lines.indent[k]!;
    if (max < 0) return null;
    return { maxCommentIndent: max, end: to < lines.count ? lines.textStart(to) : this.src.length };
  }
}
