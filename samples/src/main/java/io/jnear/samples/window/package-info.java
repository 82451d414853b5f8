/**
 * Sample 5, the exploitable window: a vault that books a withdrawal only in the callback, two blocks
 * after it paid, so a second withdrawal in between is paid twice; and the fixed vault that books first
 * and undoes the booking in the callback if the transfer fails.
 */
package io.jnear.samples.window;
