/**
 * createKabinet(config): one call wires Kabinet's ports, policy, clock and keys into its services.
 *
 * @module kabinet
 */
export {};
