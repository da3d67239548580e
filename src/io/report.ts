/** The report writers by format. */
import { csvWriter } from './report-csv.js';
import { jsonWriter, ndjsonWriter } from './report-json.js';
import { textWriter } from './report-text.js';
import type { LineSink, ReportContext, ReportFormat, ReportWriter } from './types.js';

/**
 * A writer of a report format.
 * @internal
 */
export function reportWriter(format: ReportFormat, sink: LineSink, ctx: ReportContext): ReportWriter {
  switch (format) {
    case 'text':
      return textWriter(sink, ctx);
    case 'csv':
      return csvWriter(sink, ctx);
    case 'json':
      return jsonWriter(sink, ctx);
    default:
      return ndjsonWriter(sink, ctx);
  }
}
