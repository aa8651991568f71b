/**
 * The WHATWG `TextDecoder` of the platform (browsers, Node, Deno). Core compiles against ES2022
 * alone, without the DOM's or Node's types, so the part used here is typed here.
 */
export interface TextDecoderLike {
  decode(input: ArrayBufferView): string;
}

export const TextDecoder = (
  globalThis as unknown as {
    TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
  }
).TextDecoder;

/**
 * A decoder of the platform, or null in a realm that has none (a bare JavaScript context): core
 * must still load there, and only decoding bytes needs one. Made once per call site when core
 * loads; a decoder used without `stream` keeps nothing between calls, so sharing it is safe.
 */
export function platformDecoder(
  label: string,
  options: { fatal?: boolean; ignoreBOM?: boolean },
): TextDecoderLike | null {
  return typeof TextDecoder === "function" ? new TextDecoder(label, options) : null;
}
