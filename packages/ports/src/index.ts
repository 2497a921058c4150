/**
 * The records that cross Kabinet's boundary, the store and sender port interfaces, and the shared adapter contract suite.
 *
 * @module @kabinet/ports
 */
export {};
