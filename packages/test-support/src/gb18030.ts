/**
 * Writes text as GB18030, as Windows and WPS save Chinese text. The platform has a GB18030
 * decoder but no encoder: the table is the decoder's reading of every two-byte code (each one
 * character of the BMP), inverted. Characters outside it (none in the reports) are refused.
 */
const CODES: ReadonlyMap<string, number> = codes();

function codes(): Map<string, number> {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  const text = new TextDecoder("gb18030").decode(new Uint8Array(pairs));
  const table = new Map<string, number>();
  for (let i = 0; i < text.length; i++)
    if (!table.has(text[i]!)) table.set(text[i]!, (pairs[2 * i]! << 8) | pairs[2 * i + 1]!);
  return table;
}

export function encodeGb18030(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const code = CODES.get(ch);
      if (code === undefined) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(code >> 8, code & 0xff);
    }
  }
  return new Uint8Array(out);
}
