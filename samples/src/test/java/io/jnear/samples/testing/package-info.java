/** Helpers the sample tests share: finding receipts in a result, and the gas rewards contracts earn. */
package io.jnear.samples.testing;
