// A compliance batch in a program: records from an NDJSON file (one JSON object per line),
// checked one by one — a bad record is a result, never an exception — then a summary.
// Run: node examples/compliance-batch.mjs [file.ndjson]
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { CheckSummary, checkMany } from 'vn-deadlines';

const file = process.argv[2] ?? new URL('./records.ndjson', import.meta.url);

// Any async iterable of records will do; here, the lines of a file parsed as JSON.
async function* records() {
  for await (const line of createInterface({ input: createReadStream(file) })) if (line.trim()) yield JSON.parse(line);
}

const summary = new CheckSummary();
for await (const outcome of checkMany(records(), { asOf: '2025-12-31' })) {
  summary.add(outcome);
  if (outcome.status === 'late' || outcome.status === 'overdue' || outcome.status === 'error') {
    const why = outcome.status === 'error' ? outcome.error.message : `due ${outcome.due}, ${outcome.workingDaysLate} working day(s) late`;
    console.log(`${outcome.id ?? `record ${outcome.line}`}: ${outcome.status} — ${why}`);
  }
}
console.log(summary.toText('en'));
