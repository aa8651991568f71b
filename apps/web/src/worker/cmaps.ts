import { CMAPS } from "virtual:chinese-cmaps";

/** A bundled Chinese CMap (pdfjs's binary form) by name, or null when the bundle has none of that name. */
export function chineseCMap(name: string): Uint8Array | null {
  const base64 = Object.hasOwn(CMAPS, name) ? CMAPS[name] : undefined;
  if (base64 === undefined) return null;
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
