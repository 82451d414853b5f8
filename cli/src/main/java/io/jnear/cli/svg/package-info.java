/**
 * Pictures of sandbox runs: {@link io.jnear.cli.svg.TraceSvg} draws transactions as lanes of accounts
 * over columns of blocks, so the blocks between a call and its callback can be seen.
 */
package io.jnear.cli.svg;
