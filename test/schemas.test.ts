/**
 * The JSON Schemas for editors are generated from the zod schemas, never written by hand.
 * This test fails when a generated file is stale; `npm run schemas` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { holidayYearSchema, overlaySchema } from '../src/holidays/schema.js';

const generated: Record<string, z.ZodMiniType> = {
  'holidays/schema.json': holidayYearSchema,
  'holidays/overlay.schema.json': overlaySchema,
};

describe('generated JSON Schemas', () => {
  for (const [file, schema] of Object.entries(generated)) {
    it(`${file} matches its zod schema`, () => {
      const text = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';
      const path = new URL(`../${file}`, import.meta.url);
      if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, text);
      expect(readFileSync(path, 'utf8'), `${file} is stale: run npm run schemas`).toBe(text);
    });
  }
});
