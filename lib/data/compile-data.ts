/** Precompiles what the content script needs: the matcher alternation and a serialised Fuse.js index. */

import { compileMatcher } from "../matcher/compile-matcher";
import type { CompiledData } from "../matcher/engine";
import { createIndex } from "../matcher/rank-statements";
import type { Database } from "./schema";

export function compileData(database: Database): CompiledData {
  return { database, matcher: compileMatcher(database), fuseIndex: createIndex(database.statements) };
}
