/**
 * UTF-8 decoding for the batch, which reads thousands of reports of mostly Chinese text. Node's
 * own decoder (`buffer.toString("utf8")`) spends about 3.5 ns per byte on such text, more than
 * lean-reading the YAML; decoding the common cases (ASCII, and the three-byte sequences of the
 * BMP) into UTF-16 units and letting the UTF-16 decoder make the string costs about half.
 * Anything else (two- and four-byte sequences, anything malformed) is left to Node's decoder,
 * so the text is always exactly what `toString("utf8")` gives.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
// ignoreBOM keeps a leading U+FEFF, as Node's decoder does: the caller decides what a BOM means.
const UTF16 = new TextDecoder("utf-16le", { ignoreBOM: true });

export function decodeUtf8(bytes: Buffer): string {
  return (LITTLE_ENDIAN && decodeCommon(bytes)) || bytes.toString("utf8");
}

/** The text when every sequence is ASCII or a well-formed three-byte one; else null. */
function decodeCommon(bytes: Uint8Array): string | null {
  const n = bytes.length;
  const units = new Uint16Array(n);
  let o = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      units[o++] = b;
      i++;
      continue;
    }
    if (b < 0xe0 || b >= 0xf0 || i + 2 >= n) return null;
    const b1 = bytes[i + 1]!;
    const b2 = bytes[i + 2]!;
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return null;
    const code = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    // Overlong forms and surrogates are malformed: Node's decoder says how.
    if (code < 0x800 || (code >= 0xd800 && code <= 0xdfff)) return null;
    units[o++] = code;
    i += 3;
  }
  return UTF16.decode(units.subarray(0, o));
}
