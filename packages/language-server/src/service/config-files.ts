import {
  CONFIG_FILE_NAME,
  configFromText,
  joinPath,
  parentFolder,
  type LoadedConfig,
  type Locale,
} from "@nianbao/core";
import { withConfig, type Settings } from "./settings.js";

/** A URI cut where its path starts: `file://` + `/a/b.yaml`, `vscode-vfs://github` + `/o/r/x.yaml`. */
function splitUri(uri: string): { readonly root: string; readonly path: string } | null {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)$/iu.exec(uri);
  return m ? { root: m[1]!, path: m[2]! } : null;
}

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The nianbao.config.json files that apply to the workspace's reports, read through the workspace
 * (the disk for the stdio server, `vscode.workspace.fs` in a web worker): for each report the
 * nearest one in its folder or above, as `nianbao check` finds it (core's search: configs do not
 * cascade), and the settings it gives under the editor's. Folders are keyed by URI, so any scheme
 * the host reads works; include and exclude are matched on the decoded paths. Owned by one service.
 */
export class ConfigFiles {
  /** By folder URI: the config that applies below it (null: none), or its search under way. */
  private readonly byFolder = new Map<string, Promise<LoadedConfig | null>>();
  /** By folder URI, once its search is done: what settingsFor reads without waiting. */
  private readonly resolved = new Map<string, LoadedConfig | null>();
  /** Every config file read, by its URI. */
  private readonly read = new Map<string, LoadedConfig>();
  private readonly settingsOf = new Map<LoadedConfig | null, Settings>();
  private base: Settings | null = null;

  constructor(private readonly readFile: (uri: string) => Promise<string | null>) {}

  /** Whether a changed file is a config file, whose change re-checks the reports. */
  static isConfig(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE_NAME}`);
  }

  /** Finds and reads the config that applies to a document, once; later calls are answered from memory. */
  async load(uri: string, locale: Locale): Promise<LoadedConfig | null> {
    const at = splitUri(uri);
    if (!at) return null;
    const folder = parentFolder(at.path);
    return folder === null ? null : this.configBelow(at.root, folder, locale);
  }

  /** The config of a document once load() found it; null before or when there is none. */
  configOf(uri: string): LoadedConfig | null {
    const at = splitUri(uri);
    const folder = at && parentFolder(at.path);
    return folder == null ? null : (this.resolved.get(at!.root + folder) ?? null);
  }

  /** The settings of a document: the editor's over its config's. The same object for every document under one config. */
  settingsFor(uri: string, settings: Settings): Settings {
    if (this.base !== settings) {
      this.settingsOf.clear();
      this.base = settings;
    }
    const config = this.configOf(uri);
    let s = this.settingsOf.get(config);
    if (!s) this.settingsOf.set(config, (s = withConfig(settings, config?.config ?? null)));
    return s;
  }

  /** Whether a workspace search keeps a report: its config's include and exclude (after load()). */
  includes(uri: string): boolean {
    const at = splitUri(uri);
    return !at || (this.configOf(uri)?.includes(decode(at.path)) ?? true);
  }

  /** A config file changed, appeared or went: every config is read again when next needed. */
  forget(): void {
    this.byFolder.clear();
    this.resolved.clear();
    this.read.clear();
    this.settingsOf.clear();
  }

  /** The configs read so far, by file URI, with their findings (none for a valid one). */
  loaded(): ReadonlyMap<string, LoadedConfig> {
    return this.read;
  }

  private configBelow(root: string, folder: string, locale: Locale): Promise<LoadedConfig | null> {
    const key = root + folder;
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.search(root, folder, locale);
      this.byFolder.set(key, found);
      void found.then((config) => this.resolved.set(key, config));
    }
    return found;
  }

  /** The config in `folder` itself, else the one that applies to its parent. */
  private async search(root: string, folder: string, locale: Locale): Promise<LoadedConfig | null> {
    const uri = root + joinPath(folder, CONFIG_FILE_NAME);
    const text = await this.readFile(uri);
    if (text !== null) {
      const config = configFromText(decode(joinPath(folder, CONFIG_FILE_NAME)), decode(folder), text, locale);
      this.read.set(uri, config);
      return config;
    }
    const parent = parentFolder(folder);
    return parent === null ? null : this.configBelow(root, parent, locale);
  }
}
