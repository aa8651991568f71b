/**
 * Thrown inside the lean parser when the text leaves the subset it reads exactly; `parseLean`
 * catches it and the reader falls back to the full YAML parser. Not an Error: no stack is
 * captured, since declining is an ordinary outcome, not a failure.
 */
export class Decline {
  constructor(readonly reason: string) {}
}

export function decline(reason: string): never {
  throw new Decline(reason);
}
