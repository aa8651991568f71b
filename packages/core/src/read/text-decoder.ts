/**
 * The WHATWG `TextDecoder` of the platform (browsers, Node, Deno). Core compiles against ES2022
 * alone, without the DOM's or Node's types, so the part used here is typed here.
 */
export interface TextDecoderLike {
  decode(input: ArrayBufferView): string;
}

export const TextDecoder = (globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike }).TextDecoder;
