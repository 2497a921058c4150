// The one scrypt cost both servers and the bare-hash measurement use: better-auth 1.7.25's
// parameters on Node (node:crypto scrypt, N = 16384, r = 16, p = 1, 64-byte key).
export const BENCH_SCRYPT = {
  cost: 2 ** 14,
  blockSize: 16,
  parallelization: 1,
  keyLength: 64,
  saltLength: 16,
} as const;
