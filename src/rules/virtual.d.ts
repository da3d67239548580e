declare module 'virtual:vn-rules' {
  /** Every shipped rule file (`rules/*.json` but the schema) as `[path in the package, file validated at build time]`, by file name. */
  const files: readonly (readonly [string, import('./schema.js').RuleFile])[];
  export default files;
}
