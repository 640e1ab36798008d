/** The bundled statement database, validated (Node-side: scripts, tests and the build). */
import relations from "../../data/relations.json";
import restatements from "../../data/restatements.json";
import sources from "../../data/sources.json";
import statements from "../../data/statements.json";
import topics from "../../data/topics.json";
import { validateDatabase } from "./validate-database";

export const loadBundledDatabase = () =>
  validateDatabase({ sources, statements, topics, relations, restatements });
