import { isMap as isYamlMap, isScalar as isYamlScalar, isSeq as isYamlSeq, type Alias } from "yaml";

/**
 * The nodes the reader walks: what yaml's composer builds (yaml's `Scalar`, `YAMLMap`, `YAMLSeq`
 * and `Pair` have these fields, with the same meaning) and what the lean parser builds (the plain
 * classes below, which are nothing of yaml's). The reader reads only these fields, through these
 * guards, so neither parse path depends on how the other makes its nodes.
 */
export type Range3 = [number, number, number];

export interface ScalarNode {
  value: unknown;
  source?: string;
  range?: Range3 | null;
  type?: string | null;
  format?: string;
  minFractionDigits?: number;
  tag?: string;
}
export interface PairNode {
  key: unknown;
  value: unknown;
}
export interface MapNode {
  items: PairNode[];
  range?: Range3 | null;
  flow?: boolean;
}
export interface SeqNode {
  items: unknown[];
  range?: Range3 | null;
  flow?: boolean;
}
/** A node of either parse path; an alias comes only from yaml's. */
export type Node = ScalarNode | MapNode | SeqNode | Alias;

export class LeanScalar implements ScalarNode {
  source?: string;
  range?: Range3;
  type?: string;
  format?: string;
  minFractionDigits?: number;
  constructor(public value: unknown) {}
}
export class LeanMap implements MapNode {
  items: PairNode[] = [];
  range?: Range3;
  flow?: boolean;
}
export class LeanSeq implements SeqNode {
  items: unknown[] = [];
  range?: Range3;
  flow?: boolean;
}
export class LeanPair implements PairNode {
  constructor(
    public key: unknown,
    public value: unknown,
  ) {}
}

export function isScalar(n: unknown): n is ScalarNode {
  return n instanceof LeanScalar || isYamlScalar(n);
}
export function isMap(n: unknown): n is MapNode {
  return n instanceof LeanMap || isYamlMap(n);
}
export function isSeq(n: unknown): n is SeqNode {
  return n instanceof LeanSeq || isYamlSeq(n);
}
