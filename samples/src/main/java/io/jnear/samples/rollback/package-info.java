/**
 * Sample 4, deposit and rollback: a method changes its state and sends a deposit with a call; when the
 * callee fails, NEAR refunds the deposit and the callback restores the state by hand.
 */
package io.jnear.samples.rollback;
