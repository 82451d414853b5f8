/** A test-only contract using every kind of type the generated codecs handle, and properties over its codecs. */
package io.jnear.samples.codecs;
