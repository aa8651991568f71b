/** An element of the rendered report that knows the line it is written on. */
export interface LineBox {
  readonly line: number;
  /** Offsets from the top of the viewport, in pixels. */
  readonly top: number;
  readonly bottom: number;
}

/** The first line whose element is still in view: what the editor should show at its top. */
export function lineAtTop(boxes: readonly LineBox[]): number | null {
  let best: LineBox | null = null;
  for (const b of boxes) {
    if (b.bottom <= 0) continue;
    if (!best || b.top < best.top || (b.top === best.top && b.line < best.line)) best = b;
  }
  return best?.line ?? null;
}

/**
 * The element to bring to the top for an editor line: the last one written at or before it; null
 * when the line comes before everything drawn (the page then goes to its top).
 */
export function boxForLine<T extends { readonly line: number }>(boxes: readonly T[], line: number): T | null {
  let best: T | null = null;
  for (const b of boxes) if (b.line <= line && (!best || b.line >= best.line)) best = b;
  return best;
}
