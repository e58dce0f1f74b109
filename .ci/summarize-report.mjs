// Prints the plain `N passed, N failed[, N skipped]` line from a vitest JSON report. A missing or unreadable report
// counts as one failure: the run did not get as far as reporting.
import { readFileSync } from 'node:fs';

let report = null;
try {
  report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch {}
if (report === null) {
  console.log('0 passed, 1 failed');
} else {
  const failedFiles =
    report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0;
  const failed = report.numFailedTests + failedFiles;
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
