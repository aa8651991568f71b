// The vocabulary of examples/sources/*.tables.json (the decoded tables of the real reports) and
// where those files are. tables.json names rows in snake_case; the model names them by the form's
// row ids. One table, used by the examples script and by every test that reads a tables.json.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "../..");

/** The published sources of the examples, kept in the repository (examples/sources). */
export const SOURCES_DIR = resolve(repo, "examples/sources");

/** Report pages as a government CMS serves them, with their decoded tables (examples/field). */
export const FIELD_DIR = resolve(repo, "examples/field");

/** tables.json row names of table 三 → the form's row ids. */
export const T3_ROWS = Object.freeze({
  new_received: "new",
  carried_over: "carriedIn",
  granted: "granted",
  partial_granted: "partlyGranted",
  denied_state_secret: "stateSecret",
  denied_law_prohibited: "prohibitedByLaw",
  denied_three_safety_one_stability: "threeSecurities",
  denied_third_party_rights: "thirdParty",
  denied_internal_affairs: "internalAffairs",
  denied_process_info: "processInformation",
  denied_enforcement_file: "enforcementFile",
  denied_admin_query: "queryMatter",
  unable_not_held: "notHeld",
  unable_need_creation: "needsCreation",
  unable_unclear_after_correction: "stillUnclear",
  not_processed_petition_complaint: "petition",
  not_processed_repeated: "repeated",
  not_processed_publication: "publication",
  not_processed_massive_repeated: "massRepeated",
  not_processed_confirm_or_reissue: "confirmation",
  other_no_correction: "noCorrection",
  other_no_fee: "feeUnpaid",
  other_other: "otherReason",
  other_processing: "otherHandling",
  total_processed: "total",
  carried_forward: "carriedOut",
});

/** tables.json blocks of table 四 → the form's row ids. */
export const T4_ROWS = Object.freeze({ review: "review", litigation_direct: "litigationDirect", litigation_after_review: "litigationAfterReview" });

/** tables.json fields of table 二 → [row id, column id]. */
export const T2_CELLS = Object.freeze({
  "regulations.made": ["regulations", "made"],
  "regulations.repealed": ["regulations", "repealed"],
  "regulations.valid": ["regulations", "valid"],
  "normative_documents.made": ["normativeDocuments", "made"],
  "normative_documents.repealed": ["normativeDocuments", "repealed"],
  "normative_documents.valid": ["normativeDocuments", "valid"],
  licensing_decisions: ["licensing", "decisions"],
  punishment_decisions: ["penalty", "decisions"],
  coercion_decisions: ["coercion", "decisions"],
  fees_10k_yuan: ["fees", "amount"],
});

/** tables.json's table 三 columns, in the form's order. */
export const T3_COLS = Object.freeze(["natural_person", "commercial_enterprise", "research_institution", "public_interest_org", "legal_service_org", "other_org", "total"]);

/** Reads `<name>.tables.json` from the examples' sources (or another folder of them). */
export function loadTablesJson(name, dir = SOURCES_DIR) {
  return JSON.parse(readFileSync(join(dir, `${name}.tables.json`), "utf8"));
}
