import { Scalar } from "yaml";
import type { MapNode, ScalarNode, SeqNode } from "../node.js";
import { decline } from "./decline.js";
import type { NodeFactory } from "./nodes.js";
import { AT_COLON, quoteEnd, quotedValue, scanPlainFlow, startsPlain, type PlainStop } from "./scan.js";

const SPACE = 0x20;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * A flow sequence or mapping of scalars written on one line, such as a row of table 三
 * (`[3001, 53, 0, 0, 61, 4, 3119]`) or of table 二 (`{ 本年制发: 1, 本年废止: 0, 现行有效: 11 }`).
 * Nested collections, empty entries, implicit pairs in sequences, comments and line breaks inside
 * the brackets are declined. Ranges follow yaml's composer: a scalar's end covers the spaces
 * before the next `,` or bracket, except a mapping key's, whose spaces belong to its `:`.
 * Returns the collection (its range's end still to be set by the caller) and the offset after the
 * closing bracket.
 */
export function parseFlow(
  src: string,
  pos: number,
  end: number,
  f: NodeFactory,
  stop: PlainStop,
): { node: MapNode | SeqNode; close: number } {
  const isMap = src.charCodeAt(pos) === 0x7b;
  const closer = isMap ? 0x7d : 0x5d;
  const coll = isMap ? f.map(true) : f.seq(true);
  let i = pos + 1;
  let expectItem = true;
  for (;;) {
    i = skipSpaces(src, i, end);
    if (i >= end) decline("flow collection across lines");
    const c = src.charCodeAt(i);
    // Also after a trailing comma, which yaml accepts.
    if (c === closer) break;
    if (c === COMMA) {
      if (expectItem) decline("empty flow item");
      expectItem = true;
      i++;
      continue;
    }
    if (!expectItem) decline("missing comma");
    if (isMap) {
      const key = scalarAt(src, i, end, f, stop, true);
      const colon = skipSpaces(src, key.range![1], end);
      if (src.charCodeAt(colon) !== COLON || src.charCodeAt(colon + 1) !== SPACE)
        decline("flow mapping entry without ': '");
      const at = skipSpaces(src, colon + 1, end);
      const value = scalarAt(src, at, end, f, stop, false);
      i = afterItem(src, value, end, closer);
      (coll as MapNode).items.push(f.pair(key, value));
    } else {
      const value = scalarAt(src, i, end, f, stop, false);
      i = afterItem(src, value, end, closer);
      (coll as SeqNode).items.push(value);
    }
    expectItem = false;
  }
  coll.range = [pos, i + 1, i + 1];
  return { node: coll, close: i + 1 };
}

/** Extends a value's range over the spaces before the next `,` or bracket, which must follow. */
function afterItem(src: string, node: ScalarNode, end: number, closer: number): number {
  const next = skipSpaces(src, node.range![1], end);
  const c = src.charCodeAt(next);
  if (next >= end || (c !== COMMA && c !== closer)) decline("flow item not followed by ',' or its bracket");
  node.range![2] = next;
  return next;
}

function scalarAt(src: string, pos: number, end: number, f: NodeFactory, stop: PlainStop, atKey: boolean): ScalarNode {
  const c = src.charCodeAt(pos);
  if (c === 0x27 || c === 0x22) {
    const close = quoteEnd(src, pos, end);
    return f.text(quotedValue(src, pos, close), c === 0x27 ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE, [
      pos,
      close + 1,
      close + 1,
    ]);
  }
  if (!startsPlain(src, pos, end, true)) decline("flow item start");
  scanPlainFlow(src, pos, end, stop);
  // `a: b` inside a sequence is an implicit pair; in a mapping only the key may end at ':'.
  if (stop.stop === AT_COLON && !atKey) decline("implicit pair in a flow collection");
  if (atKey && stop.stop !== AT_COLON) decline("flow mapping key without ':'");
  return f.plain(src.slice(pos, stop.textEnd), [pos, stop.textEnd, stop.textEnd]);
}

export function skipSpaces(src: string, pos: number, end: number): number {
  while (pos < end && src.charCodeAt(pos) === SPACE) pos++;
  return pos;
}
