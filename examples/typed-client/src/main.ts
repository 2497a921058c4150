// `pnpm --filter typed-client start`: a registration through the client generated from the
// server's OpenAPI document, against Kabinet running in this process.
import { runTypedClientDemo } from './run-typed-client-demo.js';

const account = await runTypedClientDemo();
console.log(
  `Registered through the typed client: account ${account.accountId}, level ${account.level}`,
);
