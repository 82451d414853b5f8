/**
 * NEAR's JSON-RPC protocol: the envelope, nearcore's error objects ({@code name}, {@code cause},
 * {@code code}, {@code message}, {@code data}) and one handler class per group of methods.
 */
package io.jnear.server.rpc;
