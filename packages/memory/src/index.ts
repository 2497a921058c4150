/**
 * In-memory adapters for every Kabinet port, an outbox notifier and a fake clock.
 *
 * @module @kabinet/memory
 */
export {};
export * from './registry/index.js';
