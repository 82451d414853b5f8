/**
 * NEAR's gas numbers for one protocol version: the action fee table ({@link io.jnear.runtime.fees.ActionFees},
 * named by {@link io.jnear.runtime.fees.ActionCost}), the host-function costs
 * ({@link io.jnear.runtime.fees.HostCosts}, named by {@link io.jnear.runtime.fees.ExtCost}) and the limits
 * ({@link io.jnear.runtime.fees.Limits}). {@link io.jnear.runtime.ProtocolConfig} brings them together.
 */
package io.jnear.runtime.fees;
