/** Splitting a text into lines with their 1-based numbers, for the line-oriented readers. */

export interface NumberedLine {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
}

export function numberedLines(text: string): NumberedLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}
