/**
 * What the processor generates from: contracts, their exported methods and parameters, built only from
 * elements that passed validation; and the shared reading of annotations and JSON types that validation
 * uses too.
 */
package io.jnear.processor.model;
