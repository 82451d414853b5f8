/**
 * Pictures of sandbox runs: {@link io.jnear.runtime.svg.TraceSvg} draws transactions as lanes of accounts
 * over columns of blocks, so the blocks between a call and its callback can be seen. The CLI's
 * {@code --svg} and the test extension's pictures both come from here.
 */
package io.jnear.runtime.svg;
