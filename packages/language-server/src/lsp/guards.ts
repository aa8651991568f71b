import type { Connection } from "vscode-languageserver";
import type { Locale } from "@nianbao/core";
import { t } from "../messages/index.js";
import type { Logger } from "../service/api.js";

export interface Guards {
  /** Tells the client's log that handling `method` failed (localised, with the stack). */
  logFailure(method: string, err: unknown): void;
  /** `fn`, answering `fallback` and logging instead of throwing: one failed request must not end the server. */
  guard<A extends unknown[], R>(method: string, fallback: R, fn: (...args: A) => R): (...args: A) => R;
  guardAsync<A extends unknown[], R>(
    method: string,
    fallback: R,
    fn: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R>;
  /** The service's logger: the client's log. */
  readonly logger: Logger;
}

/** How a host survives its handlers' failures and reports them over `connection`. */
export function createGuards(connection: Connection, locale: () => Locale): Guards {
  /** The connection may be gone (the client quit mid-scan): then there is no one left to tell. */
  const tell =
    (say: (message: string) => void) =>
    (message: string): void => {
      try {
        say(message);
      } catch {
        // Nobody to tell.
      }
    };
  const logger: Logger = {
    error: tell((m) => connection.console.error(m)),
    warn: tell((m) => connection.console.warn(m)),
    info: tell((m) => connection.console.info(m)),
  };
  const logFailure = (method: string, err: unknown) =>
    logger.error(
      t("server.handlerFailed", locale(), {
        method,
        detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
    );
  return {
    logFailure,
    logger,
    guard:
      (method, fallback, fn) =>
      (...args) => {
        try {
          return fn(...args);
        } catch (err) {
          logFailure(method, err);
          return fallback;
        }
      },
    guardAsync:
      (method, fallback, fn) =>
      async (...args) => {
        try {
          return await fn(...args);
        } catch (err) {
          logFailure(method, err);
          return fallback;
        }
      },
  };
}
