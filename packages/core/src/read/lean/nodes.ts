import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type ParseOptions, type Schema, type SchemaOptions } from "yaml";
import { decline } from "./decline.js";

export type Range3 = [number, number, number];

/** The options the reader parses with; the lean path resolves scalars under the same ones. */
export const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: false } as const;

type ScalarTag = { default?: boolean | "key"; test?: RegExp; format?: string; resolve: (value: string, onError: (message: string) => void, options: ParseOptions & DocumentOptions & SchemaOptions) => unknown };

/**
 * Builds nodes exactly as yaml's composer does for the constructs the lean parser reads: the same
 * classes, the same `range`, `source`, `type` and `format`, and plain scalars resolved by the
 * same core-schema tags (null, bool, int, float, else string). Comments are not attached: the
 * reader never looks at them.
 */
export class NodeFactory {
  private readonly schema: Schema;
  private readonly options: ParseOptions & DocumentOptions & SchemaOptions;
  private readonly tags: readonly ScalarTag[];
  private readonly strTag: ScalarTag;
  /** The tag the core schema gives digits-only text ("0", "3119"), which is most of a report's values. */
  private readonly intTag: ScalarTag;

  constructor() {
    // A document per parse, as yaml makes one: nothing is shared between reads.
    const doc = new Document(undefined, PARSE_OPTIONS);
    this.schema = doc.schema;
    this.options = doc.options as ParseOptions & DocumentOptions & SchemaOptions;
    this.tags = (doc.schema.tags as unknown as ScalarTag[]).filter((t) => t.test !== undefined);
    this.strTag = (doc.schema.tags as unknown as (ScalarTag & { tag: string })[]).find((t) => t.tag === "tag:yaml.org,2002:str")!;
    this.intTag = this.tags.find((t) => t.default === true && t.test!.test("10"))!;
  }

  /** A plain scalar, its type decided by the first core-schema tag whose pattern matches. */
  plain(source: string, range: Range3, atKey: boolean): Scalar {
    let tag = this.strTag;
    // Digits alone are an int to the core schema (null, bool and octal need other characters); no
    // core pattern matches text that starts beyond ASCII (each opens with ASCII or matches only the
    // empty string), so Chinese prose skips the dozen tests.
    if (isDigits(source)) tag = this.intTag;
    else if (source.length === 0 || source.charCodeAt(0) < 0x80) {
      for (const t of this.tags)
        if ((t.default === true || (atKey && t.default === "key")) && t.test!.test(source)) {
          tag = t;
          break;
        }
    }
    const scalar = this.resolve(tag, source);
    scalar.range = range;
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** A quoted or block scalar: always a string. */
  text(value: string, type: Scalar.Type, range: Range3): Scalar {
    const scalar = this.resolve(this.strTag, value);
    scalar.range = range;
    scalar.source = value;
    scalar.type = type;
    return scalar;
  }

  private resolve(tag: ScalarTag, source: string): Scalar {
    const res = tag.resolve(source, () => decline("tag resolution"), this.options);
    return isScalar(res) ? (res as Scalar) : (new LeanScalar(res) as unknown as Scalar);
  }

  map(flow: boolean): YAMLMap {
    const map = new LeanMap(this.schema) as unknown as YAMLMap;
    if (flow) map.flow = true;
    return map;
  }

  seq(flow: boolean): YAMLSeq {
    const seq = new LeanSeq(this.schema) as unknown as YAMLSeq;
    if (flow) seq.flow = true;
    return seq;
  }

  pair(key: Scalar, value: unknown): Pair {
    return new LeanPair(key, value) as unknown as Pair;
  }
}

/*
 * The lean nodes. yaml's constructors mark every node with an own, non-enumerable type property
 * set by Object.defineProperty, which costs ten times building the node itself, and a report
 * has some 500 nodes. These classes hold the same fields and carry the mark on their prototype,
 * which is chained to yaml's: yaml's type guards (isScalar, isMap …), instanceof and every method
 * behave as on yaml's own nodes. A collection's schema is an ordinary field here.
 */
const NODE_TYPE = Symbol.for("yaml.node.type");

class LeanScalar {
  constructor(public value: unknown) {}
}
class LeanMap {
  items: unknown[] = [];
  constructor(public schema: Schema) {}
}
class LeanSeq {
  items: unknown[] = [];
  constructor(public schema: Schema) {}
}
class LeanPair {
  constructor(
    public key: unknown,
    public value: unknown,
  ) {}
}

for (const [lean, base, type] of [
  [LeanScalar, Scalar, "yaml.scalar"],
  [LeanMap, YAMLMap, "yaml.map"],
  [LeanSeq, YAMLSeq, "yaml.seq"],
  [LeanPair, Pair, "yaml.pair"],
] as const) {
  Object.setPrototypeOf(lean.prototype, base.prototype);
  Object.defineProperty(lean.prototype, NODE_TYPE, { value: Symbol.for(type) });
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
