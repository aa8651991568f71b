/**
 * @nianbao/core/node — the Node-only part of core: the one folder walker the CLI and the language
 * server share, and core's config search reading the local disk. The main entry stays free of
 * Node APIs (it runs in browsers); only this subpath imports `node:` modules.
 */
export { walkFolder, isReportFileName, skipsFolder, type WalkEntry } from "./walk.js";
export { nodeConfigHost } from "./config-host.js";
