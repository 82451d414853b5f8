/** Sample 1, Hello NEAR: a contract that stores a greeting anyone can read and change. */
package io.jnear.samples.hello;
