/**
 * Exact decimal arithmetic on canonical decimal strings ("7730.28", "-3"). Fees in 万元 carry up to
 * six decimals in real reports; summing them as floats would print 0.30000000000000004.
 */

function split(d: string): { n: bigint; scale: number } {
  const neg = d.startsWith("-");
  const body = neg ? d.slice(1) : d;
  const [i = "0", f = ""] = body.split(".");
  const n = BigInt(i + f) * (neg ? -1n : 1n);
  return { n, scale: f.length };
}

function join(n: bigint, scale: number): string {
  const neg = n < 0n;
  let s = (neg ? -n : n).toString().padStart(scale + 1, "0");
  if (scale > 0) s = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/\.?0+$/, "");
  return s === "0" ? "0" : (neg ? "-" : "") + s;
}

export function addDecimal(a: string, b: string): string {
  const x = split(a);
  const y = split(b);
  const scale = Math.max(x.scale, y.scale);
  return join(x.n * 10n ** BigInt(scale - x.scale) + y.n * 10n ** BigInt(scale - y.scale), scale);
}

export function subtractDecimal(a: string, b: string): string {
  return addDecimal(a, b.startsWith("-") ? b.slice(1) : `-${b}`);
}

export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const d = split(subtractDecimal(a, b)).n;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function sumDecimals(values: readonly string[]): string {
  return values.reduce(addDecimal, "0");
}
