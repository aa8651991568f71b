/**
 * Which row of the form a published row is, from its label. Tried in order of confidence: a label
 * cell on the row's own line that is the row's label (core's key matching: ordinals, full-width
 * characters and near misses such as 「2.其他法律行政止公开」); all the label text joined (a label
 * wrapped over several lines); a row label contained in the text (a CMS export that runs a caption
 * into the label); and last, fragments of a wrapped label that each belong to a row's label, the
 * row most of the text belongs to winning. A fragment may fit several rows; the caller then decides
 * by the order of the table.
 */
import { KeyMatcher, type KeyCandidate } from "../read/keys.js";
import { labelText, type DataRow, type LabelPiece } from "./rows.js";
import { looseKey } from "./text.js";

export interface LabelTarget {
  readonly id: string;
  /** The label as printed in the form (for messages). */
  readonly label: string;
  readonly key: string;
  readonly spellings: readonly string[];
}

export interface LabelMatch {
  readonly ids: readonly string[];
  readonly how: "exact" | "typo" | "contains" | "fragments";
  /** The label as written, when it was a near miss (for the report). */
  readonly written: string;
  /** The spelling that matched, for labels of the other form (「规范性文件」 in a 2021 report). */
  readonly spelling: string;
  /** The cell the label ends in, when the match is the whole of one or more label cells: a row's cells come after it. */
  readonly piece?: LabelPiece;
}

/** Shortest loose key that may be found inside a longer text: shorter ones (其他, 总计) occur everywhere. */
const MIN_CONTAINED = 4;

export class LabelIndex {
  private readonly matcher: KeyMatcher<{ target: LabelTarget; spelling: string }>;
  private readonly loose: { key: string; target: LabelTarget }[] = [];

  constructor(readonly targets: readonly LabelTarget[]) {
    const candidates: KeyCandidate<{ target: LabelTarget; spelling: string }>[] = [];
    for (const t of targets)
      for (const s of [t.key, t.label, ...t.spellings]) {
        candidates.push({ key: s, spellings: [], target: { target: t, spelling: s } });
        const k = looseKey(s);
        if (k.length >= MIN_CONTAINED && !this.loose.some((l) => l.key === k && l.target.id === t.id))
          this.loose.push({ key: k, target: t });
      }
    this.matcher = new KeyMatcher(candidates);
  }

  match(row: DataRow): LabelMatch | null {
    // The rightmost label on the row's own line is the leaf; those left of it are its groups
    // (「（三）不予公开」) or a neighbour's fragments (「其他」 of 「（六）其他处理」 wrapped).
    const own = [...row.labels.filter((l) => l.own)].reverse();
    const leaf = own.map((p) => withPiece(this.exactOrTypo(p.text), p)).find((m) => m !== null) ?? null;
    if (leaf?.how === "exact") return leaf;
    const all = labelText(row);
    if (!all.trim()) return null;
    const joined = this.exactOrTypo(all);
    if (joined?.how === "exact")
      return withPiece(
        joined,
        row.labels.reduce((a, b) => (b.index > a.index ? b : a)),
      );
    const contained = this.contained(all);
    if (contained) return contained;
    // A near miss in one cell of the row's own line is a mistyped label (「2.其他法律行政止公开」).
    if (leaf) return leaf;
    // Across wrapped fragments a near miss is the wrapping, not a typo of the report.
    if (joined) return { ...joined, how: "fragments" };
    return this.fragments(row.labels);
  }

  private exactOrTypo(text: string): LabelMatch | null {
    const m = this.matcher.match(text);
    if (m.kind === "none") return null;
    // One character off a two- or three-character label is another word (「小计」 is not 「总计」).
    if (m.kind === "typo" && looseKey(text).length < MIN_CONTAINED) return null;
    return {
      ids: [m.candidate.target.target.id],
      how: m.kind,
      written: text.trim(),
      spelling: m.candidate.target.spelling,
    };
  }

  /**
   * Row labels standing whole inside the text, the longest winning (「…处理决定数量行政许可」 →
   * 行政许可); a short label (规章, 其他) only where it ends the text, right before the numbers.
   */
  private contained(text: string): LabelMatch | null {
    const key = looseKey(text);
    let best: { len: number; ids: Set<string>; spelling: string } | null = null;
    const consider = (k: string, target: LabelTarget) => {
      if (!best || k.length > best.len) best = { len: k.length, ids: new Set([target.id]), spelling: target.label };
      else if (k.length === best.len) best.ids.add(target.id);
    };
    for (const l of this.loose) if (key.includes(l.key)) consider(l.key, l.target);
    if (!best)
      for (const t of this.targets)
        for (const s of [t.key, t.label, ...t.spellings]) {
          const k = looseKey(s);
          if (k.length >= 2 && key.endsWith(k)) consider(k, t);
        }
    const found = best as { len: number; ids: Set<string>; spelling: string } | null;
    return found ? { ids: [...found.ids], how: "contains", written: text.trim(), spelling: found.spelling } : null;
  }

  /** Each fragment votes, by its length, for the rows whose label contains it. */
  private fragments(pieces: readonly LabelPiece[]): LabelMatch | null {
    const votes = new Map<string, number>();
    for (const p of pieces) {
      const k = looseKey(p.text);
      if (k.length < MIN_CONTAINED) continue;
      const ids = new Set(this.loose.filter((l) => l.key.includes(k)).map((l) => l.target.id));
      for (const id of ids) votes.set(id, (votes.get(id) ?? 0) + k.length);
    }
    if (votes.size === 0) return null;
    const top = Math.max(...votes.values());
    const ids = [...votes].filter(([, v]) => v === top).map(([id]) => id);
    return { ids, how: "fragments", written: pieces.map((p) => p.text).join(""), spelling: "" };
  }
}

const withPiece = (m: LabelMatch | null, piece: LabelPiece): LabelMatch | null => (m ? { ...m, piece } : null);
