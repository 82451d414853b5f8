/**
 * NEP-297 event logging ({@link io.jnear.sdk.events.Nep297}) and the NEP-141 fungible-token events
 * ({@link io.jnear.sdk.events.FtEvents}), written as {@code EVENT_JSON:} log lines.
 */
package io.jnear.sdk.events;
