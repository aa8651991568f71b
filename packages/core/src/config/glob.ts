import picomatch from "picomatch";

export interface GlobOptions {
  /** Match letters regardless of case (`*.nianbao.yaml` then matches `年报.NIANBAO.YAML`). */
  readonly nocase?: boolean;
}

/**
 * A matcher for `/`-separated relative paths against globs (picomatch: `**`, `*`, `?`, `{a,b}`,
 * `[…]`, `!(…)`), true when any glob matches. Dot-files match like any other, so a pattern means
 * what it says; folders a search skips are the walker's business. Backslashes are turned into `/`
 * first, so a Windows path matches the same globs.
 */
export function globMatcher(globs: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  if (!globs.length) return () => false;
  const test = picomatch([...globs], { dot: true, windows: false, nocase: options.nocase ?? false });
  return (path) => test(path.replace(/\\/g, "/"));
}
