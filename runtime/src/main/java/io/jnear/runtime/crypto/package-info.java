/** The hash and signature functions NEAR's host offers contracts that the JDK does not provide as NEAR needs them. */
package io.jnear.runtime.crypto;
