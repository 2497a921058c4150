// `pnpm walkthrough`: runs the scripted walkthrough and prints every step.
import { consolePrinter } from './printer.js';
import { runWalkthrough } from './walkthrough.js';

const result = await runWalkthrough(consolePrinter());
if (!result.journalVerified || result.levels.some((level) => level !== 'confirmed')) {
  console.error('walkthrough: the run did not end as expected', result);
  process.exit(1);
}
console.log('\nГотово: обе учётные записи подтверждены, журнал проверен.');
