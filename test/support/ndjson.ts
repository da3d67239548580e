/** NDJSON output as the tests read it: one parsed object per non-empty line. */
export const ndjsonObjects = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
