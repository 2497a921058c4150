/**
 * A framework-agnostic HTTP API over kabinet (Web Request to Response) with its OpenAPI document.
 *
 * @module @kabinet/http
 */
export {};
