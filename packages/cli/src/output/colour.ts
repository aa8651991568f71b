/**
 * Colours in the text output: on a terminal that shows them, never in a pipe or a file, and as the
 * conventions say: NO_COLOR (any non-empty value, no-color.org) turns them off and wins over
 * FORCE_COLOR, which turns them on in a pipe too (FORCE_COLOR=0 or false: off).
 */
import { styleText } from "node:util";

/** What is asked of the output stream: whether it is a terminal, and whether that terminal shows colour (TERM=dumb does not). */
export interface OutputStream {
  readonly isTTY?: boolean;
  hasColors?(): boolean;
}

export function colourWanted(env: Readonly<Record<string, string | undefined>>, stream: OutputStream): boolean {
  if (env.NO_COLOR) return false;
  // Node's own reading of FORCE_COLOR ("", 1, 2, 3, true: on; 0, false: off).
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && (stream.hasColors?.() ?? false);
}

export type Style = Parameters<typeof styleText>[0];

/** Styles a piece of text, or leaves it as it is. */
export type Paint = (style: Style, text: string) => string;

export const plain: Paint = (_style, text) => text;

/**
 * The decision is made here, once, from the stream the text goes to; util.styleText then only
 * adds the codes (validateStream false: it would read the environment again, and let FORCE_COLOR
 * win over NO_COLOR, as Node 20 does).
 */
export function painter(colour: boolean): Paint {
  return colour ? (style, text) => styleText(style, text, { validateStream: false }) : plain;
}
