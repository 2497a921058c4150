/**
 * The Express 5 adapter for Kabinet's HTTP API.
 *
 * @module @kabinet/express
 */
export {};
