/**
 * Sample 3, joins and batches: one contract asks three others at once and combines their results in one
 * typed callback; a factory creates, funds, deploys and initialises a contract account in one receipt.
 */
package io.jnear.samples.joins;
