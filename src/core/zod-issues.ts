/** Validation issues (zod's, or flattened from them) as the lines the library's errors show. */

/** An issue: where in the value, and what was expected. @internal */
interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A path inside a value as errors show it: `rows.3.lead`, or `(root)`. @internal */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

/** Issues as lines `<where> at <path>: <message>`. @internal */
export function issueLines(issues: readonly Issue[], where: string): string[] {
  return issues.map((i) => `${where} at ${issuePath(i.path)}: ${i.message}`);
}
