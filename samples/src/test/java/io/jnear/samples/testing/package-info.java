/** Helpers the sample tests share: finding receipts in a result. */
package io.jnear.samples.testing;
