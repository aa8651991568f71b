import type { Document } from "yaml";
import { isMap, isScalar, isSeq, type MapNode, type Node, type PairNode } from "./node.js";
import type { FormDef } from "../form/types.js";
import type { Report } from "../model/index.js";
import type { Range } from "../source/index.js";
import type { KeyMatcher } from "./keys.js";
import type { Area, Observation } from "./observations.js";

export type MutableReport = { -readonly [K in keyof Report]: Report[K] };

/** A recognised key of a mapping, as `ReadState.pairs` yields it. */
export interface KeyHit<T> {
  readonly pair: PairNode;
  readonly target: T;
  readonly keyRange: Range;
  readonly written: string;
  readonly fromOtherForm: boolean;
}

/** What the parts of the reader share while one text is read. */
export interface ReadState {
  /** yaml's document, for aliases; null when the lean parser read the text (it reads none). */
  readonly doc: Document | null;
  readonly form: FormDef;
  readonly report: MutableReport;
  readonly obs: Observation[];
  /** A node's source range (BOM-adjusted), or the fallback. */
  range(node: { range?: readonly number[] | null } | null | undefined, fallback?: Range): Range;
  /** Follows an alias to its anchored node. */
  resolve(node: unknown): Node | null;
  setEntry(path: string, key: Range | undefined, value: Range | undefined): void;
  scalarText(node: Node | null): string | null;
  /** Matches the keys of a mapping; records unknown, mistyped and duplicate keys. */
  pairs<T>(
    m: MapNode,
    path: string,
    matcher: KeyMatcher<T>,
    area: Area,
    keyOf: (t: T) => string,
    other?: KeyMatcher<T>,
  ): Generator<KeyHit<T>>;
}

export const typeName = (n: unknown): string =>
  n == null
    ? "empty"
    : isMap(n)
      ? "mapping"
      : isSeq(n)
        ? "sequence"
        : isScalar(n)
          ? n.value == null
            ? "empty"
            : typeof n.value === "string"
              ? "text"
              : typeof n.value
          : "alias";
