import { Scalar } from "yaml";
import {
  LeanMap,
  LeanPair,
  LeanScalar,
  LeanSeq,
  type MapNode,
  type Range3,
  type ScalarNode,
  type SeqNode,
} from "../node.js";

export type { Range3 };

/** The options the reader parses with; the lean path resolves scalars under the same ones. */
export const PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: false,
} as const;

/*
 * The YAML 1.2 core schema (yaml's default, and the reader's), as yaml 2 applies it to a plain
 * scalar: the first of these patterns that matches decides its type, else it is a string. The
 * differential tests (test/lean*.test.ts) prove the lean path resolves every scalar as yaml does.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * Builds the reader's nodes (read/node.ts) with the fields yaml's composer gives its own for the
 * constructs the lean parser reads: the same `value`, `range`, `source`, `type`, `format` and
 * `minFractionDigits`. Comments are not attached: the reader never looks at them.
 */
export class NodeFactory {
  /** A plain scalar, resolved by the core schema. */
  plain(source: string, range: Range3): ScalarNode {
    let value: unknown = source;
    let format: string | undefined;
    let minFractionDigits: number | undefined;
    // Digits alone are an int, and most of a report's values; no core pattern matches text that
    // starts beyond ASCII (each opens with ASCII or matches only the empty string), so Chinese
    // prose skips the tests.
    if (isDigits(source)) value = parseInt(source, 10);
    else if (source.length === 0 || source.charCodeAt(0) < 0x80) {
      if (NULL.test(source)) value = null;
      else if (BOOL.test(source)) value = source[0] === "t" || source[0] === "T";
      else if (INT_OCT.test(source)) [value, format] = [parseInt(source.slice(2), 8), "OCT"];
      else if (INT.test(source)) value = parseInt(source, 10);
      else if (INT_HEX.test(source)) [value, format] = [parseInt(source.slice(2), 16), "HEX"];
      else if (FLOAT_NAN.test(source))
        value = source.slice(-3).toLowerCase() === "nan" ? NaN : source[0] === "-" ? -Infinity : Infinity;
      else if (FLOAT_EXP.test(source)) [value, format] = [parseFloat(source), "EXP"];
      else if (FLOAT.test(source)) {
        value = parseFloat(source);
        // Trailing zeros are kept for writing back ("1.50"), as yaml keeps them.
        const dot = source.indexOf(".");
        if (source.endsWith("0")) minFractionDigits = source.length - dot - 1;
      }
    }
    const scalar = this.text(value, Scalar.PLAIN, range);
    scalar.source = source;
    if (format !== undefined) scalar.format = format;
    if (minFractionDigits !== undefined) scalar.minFractionDigits = minFractionDigits;
    return scalar;
  }

  /** A quoted or block scalar (always a string), or a plain one once resolved. */
  text(value: unknown, type: Scalar.Type, range: Range3): ScalarNode {
    const scalar = new LeanScalar(value);
    scalar.range = range;
    scalar.source = value as string;
    scalar.type = type;
    return scalar;
  }

  map(flow: boolean): MapNode {
    const map = new LeanMap();
    if (flow) map.flow = true;
    return map;
  }

  seq(flow: boolean): SeqNode {
    const seq = new LeanSeq();
    if (flow) seq.flow = true;
    return seq;
  }

  pair(key: ScalarNode, value: unknown): LeanPair {
    return new LeanPair(key, value);
  }
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
