// `pnpm walkthrough [--locale en|ru] [--fast]`: runs the scripted walkthrough and prints every step.
// KABINET_LOCALE=en and KABINET_SCRYPT=test do the same as the flags.
import { parseArgs } from 'node:util';
import { consolePrinter, type WalkthroughLocale } from './printer.js';
import { TEST_SCRYPT, runWalkthrough } from './walkthrough.js';

// `pnpm walkthrough -- --locale en` passes the `--` through: drop it.
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const { values } = parseArgs({
  args,
  options: { locale: { type: 'string' }, fast: { type: 'boolean' } },
  strict: true,
});
const requested = values.locale ?? process.env['KABINET_LOCALE'] ?? 'ru';
if (requested !== 'ru' && requested !== 'en') {
  console.error(`walkthrough: unknown locale "${requested}" (ru or en)`);
  process.exit(2);
}
const locale: WalkthroughLocale = requested;
const fast = values.fast === true || process.env['KABINET_SCRYPT'] === 'test';

const result = await runWalkthrough(
  consolePrinter(locale),
  fast ? { account: { scrypt: TEST_SCRYPT } } : {},
);
if (!result.journalVerified || result.levels.some((level) => level !== 'confirmed')) {
  console.error('walkthrough: the run did not end as expected', result);
  process.exit(1);
}
console.log(
  locale === 'en'
    ? '\nDone: both accounts are confirmed, the journal verified.'
    : '\nГотово: обе учётные записи подтверждены, журнал проверен.',
);
