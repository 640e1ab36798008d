/** The statement index over the bundled, precompiled database (for the background and extension pages). */
import compiled from "../../data/generated/compiled.json";
import type { Database } from "./schema";
import { createStatementIndex, type StatementIndex } from "./statement-index";

let index: StatementIndex | undefined;
export const getStatementIndex = (): StatementIndex => {
  index ??= createStatementIndex((compiled as unknown as { database: Database }).database);
  return index;
};
