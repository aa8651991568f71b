/** Made by build.mjs from pdfjs-dist's cmaps/: the Chinese (GB) CMaps, base64 by name. */
declare module "virtual:chinese-cmaps" {
  export const CMAPS: Readonly<Record<string, string>>;
}

/** pdfjs-dist types only its legacy build; the modern build (for current browsers) has the same API. */
declare module "pdfjs-dist/build/pdf.mjs" {
  export * from "pdfjs-dist/legacy/build/pdf.mjs";
}
declare module "pdfjs-dist/build/pdf.worker.mjs";

/** mammoth's browser build: the same API as its Node entry. */
declare module "mammoth/mammoth.browser.js" {
  import mammoth from "mammoth";
  export default mammoth;
}
