declare module 'virtual:vn-rules' {
  /** Every shipped rule file (`rules/*.json` but the schema) as `[path in the package, parsed JSON]`, by file name. */
  const files: readonly (readonly [string, unknown])[];
  export default files;
}
