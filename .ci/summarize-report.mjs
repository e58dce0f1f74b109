// Prints the plain `N passed, N failed[, N skipped]` line from a vitest JSON report, plus the checks CI ran outside
// vitest (argv[3] passed, argv[4] failed). A missing or unreadable report counts as one failure: the run did not
// get as far as reporting.
import { readFileSync } from 'node:fs';

const extraPassed = Number(process.argv[3] ?? 0);
const extraFailed = Number(process.argv[4] ?? 0);
let report = null;
try {
  report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch {}
if (report === null) {
  console.log(`${extraPassed} passed, ${1 + extraFailed} failed`);
} else {
  const failedFiles =
    report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? report.numFailedTestSuites : 0;
  const failed = report.numFailedTests + failedFiles + extraFailed;
  const skipped = report.numPendingTests + report.numTodoTests;
  const passed = report.numPassedTests + extraPassed;
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
