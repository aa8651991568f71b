import type { TextDocumentContentChangeEvent } from "vscode-languageserver-protocol";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** A small deterministic PRNG (mulberry32): the same seed gives the same run, operation for operation. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** A key of `weights` chosen with the given relative weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((a, [, w]) => a + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1]![0];
  }
}

/** What typing produces: YAML's indicators, digits, Chinese, full-width forms, spaces and line breaks. */
const TYPED = [
  ..."abcxyz0123456789 :-,[]{}#'\"|>&*!%@`?\n\n\n  \t",
  "机",
  "关",
  "年",
  "度",
  "本年新收",
  "１２",
  "：",
  "，",
  "（",
  "）",
  "—",
  "\r\n",
];
/** What a bad paste brings: control characters, lone surrogates, a BOM, emoji, odd line ends and spaces. */
const GARBAGE = [
  ...TYPED,
  "\u0000",
  "\u0007",
  "\u001b",
  "\r",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ud800",
  "\udfff",
  "😀",
  "\u3000",
  "\u00a0",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "!!binary ",
  "&a ",
  "*a ",
  "<<: *a\n",
];

export type EditKind = "type" | "delete" | "garbage" | "report" | "hugeLine" | "number" | "replaceAll";

/** One random edit of `doc` (as an LSP change event), given the example reports that can be pasted. */
export function randomEdit(
  rand: Random,
  doc: TextDocument,
  reports: readonly string[],
  kind: EditKind,
): TextDocumentContentChangeEvent {
  const text = doc.getText();
  const at = rand.int(text.length + 1);
  const pos = doc.positionAt(at);
  const insert = (s: string) => ({ range: { start: pos, end: pos }, text: s });
  switch (kind) {
    case "type":
      return insert(Array.from({ length: 1 + rand.int(3) }, () => rand.pick(TYPED)).join(""));
    case "delete": {
      const length = rand.next() < 0.9 ? 1 + rand.int(40) : rand.int(4_000);
      return { range: { start: pos, end: doc.positionAt(Math.min(text.length, at + length)) }, text: "" };
    }
    case "garbage":
      return insert(Array.from({ length: 1 + rand.int(400) }, () => rand.pick(GARBAGE)).join(""));
    case "report": {
      const r = rand.pick(reports);
      const from = rand.next() < 0.5 ? 0 : rand.int(r.length);
      return insert(r.slice(from, from + (rand.next() < 0.5 ? r.length : rand.int(2_000))));
    }
    case "hugeLine": {
      // Past core's line-length limit (100,000), sometimes past its node limit too.
      const unit = rand.pick(["x", "1, ", "机关", " "]);
      return insert(`\n${unit.repeat(Math.ceil((100_001 + rand.int(60_000)) / unit.length))}\n`);
    }
    case "number": {
      const digits = [...text.matchAll(/\d+/g)];
      if (!digits.length) return insert(String(rand.int(1000)));
      const m = rand.pick(digits);
      return {
        range: { start: doc.positionAt(m.index), end: doc.positionAt(m.index + m[0].length) },
        text: String(rand.int(rand.next() < 0.9 ? 100 : 1e9)),
      };
    }
    case "replaceAll": {
      const choice = rand.int(4);
      return {
        text:
          choice === 0
            ? ""
            : choice === 1
              ? Array.from({ length: rand.int(2_000) }, () => rand.pick(GARBAGE)).join("")
              : rand.pick(reports),
      };
    }
  }
}
