/**
 * The account: state machine, registration, contacts, identity confirmation, login and sessions.
 *
 * @module @kabinet/account
 */
export {};
