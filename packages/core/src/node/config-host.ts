import { readFileSync, statSync } from "node:fs";
import type { ConfigHost } from "@nianbao/core";

/** Larger than any config a person writes; a bigger file named nianbao.config.json is not read whole. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Core's config search on the local disk: the text of a file (UTF-8), null when there is none.
 * Blocking, as configs are tiny and read once per folder. A folder in the way, an unreadable or a
 * huge file throws, and becomes a CONFIG-INVALID finding on the file.
 */
export const nodeConfigHost: ConfigHost = {
  readFile(path) {
    let size: number;
    try {
      const info = statSync(path);
      if (!info.isFile()) throw Object.assign(new Error(`not a file: ${path}`), { code: "EISDIR" });
      size = info.size;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return null;
      throw err;
    }
    if (size > MAX_CONFIG_BYTES) throw Object.assign(new Error(`too large: ${path}`), { code: "EFBIG" });
    return readFileSync(path, "utf8");
  },
};
