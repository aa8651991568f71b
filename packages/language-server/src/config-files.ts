import { fileURLToPath, pathToFileURL } from "node:url";
import { CONFIG_FILE_NAME, configFor, type ConfigCache, type LoadedConfig, type Locale } from "@nianbao/core";
import { nodeConfigHost } from "@nianbao/core/node";
import { withConfig, type Settings } from "./service/settings.js";

/**
 * The nianbao.config.json files of the workspace as the server reads them from the disk: the
 * nearest one above each report (core's search), read once until a config file changes, and the
 * settings each gives under the editor's. Owned by one server.
 */
export class ConfigFiles {
  private cache: ConfigCache = new Map();
  private readonly settingsOf = new Map<LoadedConfig | null, Settings>();
  private base: Settings | null = null;

  /** Whether a changed file is a config file, whose change re-checks the reports. */
  static isConfig(uri: string): boolean {
    return uri.startsWith("file:") && uri.endsWith(`/${CONFIG_FILE_NAME}`);
  }

  /** The config that applies to a document (null: none, or not a file on disk). */
  configOf(uri: string, locale: Locale): LoadedConfig | null {
    if (!uri.startsWith("file:")) return null;
    return this.configAt(fileURLToPath(uri), locale);
  }

  configAt(path: string, locale: Locale): LoadedConfig | null {
    return configFor(path, nodeConfigHost, this.cache, locale);
  }

  /** The settings of a document: the editor's over its config's. The same object for every document under one config. */
  settingsFor(uri: string, settings: Settings): Settings {
    if (this.base !== settings) {
      this.settingsOf.clear();
      this.base = settings;
    }
    const config = this.configOf(uri, settings.locale);
    let s = this.settingsOf.get(config);
    if (!s) this.settingsOf.set(config, (s = withConfig(settings, config?.config ?? null)));
    return s;
  }

  /** A config file changed, appeared or went: every config is read again when next needed. */
  forget(): void {
    this.cache = new Map();
    this.settingsOf.clear();
  }

  /** The configs read so far, by file URI, with their findings (none for a valid one). */
  loaded(): Map<string, LoadedConfig> {
    const out = new Map<string, LoadedConfig>();
    for (const c of this.cache.values()) if (c) out.set(pathToFileURL(c.path).href, c);
    return out;
  }
}
