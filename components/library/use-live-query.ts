/** Dexie liveQuery as a Preact hook: re-renders whenever the queried tables change (in any tab). */
import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: unknown[] = []): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: setValue,
      error: (err) => console.error("NHS Context library:", err),
    });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
