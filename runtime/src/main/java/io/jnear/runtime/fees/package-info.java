/**
 * NEAR's gas numbers: the action fee table ({@link io.jnear.runtime.fees.ActionFees}) and the host-call
 * costs the sandbox charges contract code ({@link io.jnear.runtime.fees.HostCosts}).
 */
package io.jnear.runtime.fees;
