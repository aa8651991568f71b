import { pathToFileURL } from "node:url";
import { isAbsolute, sep } from "node:path";
import { CATALOGUES, RULES, message, type Locale, type Severity } from "@nianbao/core";
import type { CheckedReport, Location, PositionRange } from "../check/run.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  error: "error",
  warning: "warning",
  info: "note",
};

export interface SarifOptions {
  readonly locale: Locale;
  readonly version: string;
  /** The folder relative file names are resolved against (the run's %SRCROOT%). */
  readonly cwd: string;
}

/**
 * A SARIF 2.1.0 log of one run: the whole rule registry with its catalogue texts, one result per
 * finding. Columns count UTF-16 units, as the offsets do.
 */
export function toSarif(reports: readonly CheckedReport[], options: SarifOptions) {
  const { locale } = options;
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "nianbao",
            version: options.version,
            semanticVersion: options.version,
            rules: RULES.map((r) => {
              const text = (part: string) => catalogueText(`rule.${r.code}.${part}`, locale);
              const summary = text("summary");
              const help = [text("why"), text("fix")].filter((s) => s !== undefined).join("\n");
              return {
                id: r.code,
                shortDescription: { text: text("title") ?? r.code },
                ...(summary ? { fullDescription: { text: summary } } : {}),
                ...(help ? { help: { text: help } } : {}),
                defaultConfiguration: { level: LEVEL[r.severity] },
                properties: { category: r.category },
              };
            }),
          },
        },
        language: locale,
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(options.cwd) } },
        results: reports.flatMap((report) =>
          report.findings.map((f) => ({
            ruleId: f.code,
            ...(ruleIndex.has(f.code) ? { ruleIndex: ruleIndex.get(f.code)! } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physical(f.location) }],
            ...(f.related.length
              ? {
                  relatedLocations: f.related.map((r, id) => ({
                    id,
                    message: { text: r.message },
                    physicalLocation: physical(r.location),
                  })),
                }
              : {}),
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: f.fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: artifact(f.location.file),
                          replacements: f.fix.edits.map((e) => ({
                            deletedRegion: region(e.range),
                            insertedContent: { text: e.newText },
                          })),
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

/** A catalogue text, or undefined when the rule's author has not written it (never the bare id). */
function catalogueText(id: string, locale: Locale): string | undefined {
  return id in CATALOGUES[locale] || id in CATALOGUES["zh-CN"] ? message(id, {}, locale) : undefined;
}

const physical = (l: Location) => ({ artifactLocation: artifact(l.file), region: region(l.range) });

/** SARIF regions are 1-based; the end column is the one after the last character. */
const region = (r: PositionRange) => ({
  startLine: r.start.line + 1,
  startColumn: r.start.character + 1,
  endLine: r.end.line + 1,
  endColumn: r.end.character + 1,
});

/** Relative names stay relative to %SRCROOT% (portable logs); others become file URLs. */
function artifact(file: string) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function folderUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
