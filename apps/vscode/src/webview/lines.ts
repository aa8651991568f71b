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

/**
 * Tells the reader's scrolling from the page's own: a scroll the preview made to follow the editor,
 * the shift after a content patch, or the reflow of a resize is not sent back to the editor.
 * Decided when the page comes to rest, so a long smooth scroll by the reader is never lost.
 */
export class ScrollOwner {
  private expected: number | null = null;
  private quietUntil = 0;
  private reflowed = false;

  /** The page put itself at `y` (followed the editor, or patched its content). */
  moved(y: number): void {
    this.expected = y;
  }

  /** The page was resized: scroll events in the next `quietMs` are its reflow, not the reader. */
  resized(now: number, quietMs = 200): void {
    this.quietUntil = now + quietMs;
  }

  /** A scroll event at `now`. */
  scrolled(now: number): void {
    if (now < this.quietUntil) this.reflowed = true;
  }

  /** Whether the page, come to rest at `y`, was put there by the reader. */
  isReader(y: number): boolean {
    if (this.reflowed) {
      this.reflowed = false;
      this.expected = y;
      return false;
    }
    if (this.expected !== null && Math.abs(y - this.expected) < 2) return false;
    this.expected = null;
    return true;
  }
}
