#!/usr/bin/env node
// `kabinet-postgres migrate | status | sweep` — see `kabinet-postgres --help`.
import { runPostgresCli } from '../dist/cli/index.js';

process.exitCode = await runPostgresCli(process.argv.slice(2), {
  env: process.env,
  out: console.log,
  err: console.error,
});
