/** The engine over the bundled, precompiled database (data/generated/compiled.json, from `npm run db:compile`). */
import compiled from "../../data/generated/compiled.json";
import { type CompiledData, createEngine, type Engine } from "./engine";

let engine: Engine | undefined;
export const getEngine = (): Engine => {
  engine ??= createEngine(compiled as unknown as CompiledData);
  return engine;
};
