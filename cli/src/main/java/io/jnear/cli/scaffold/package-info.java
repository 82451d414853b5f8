/**
 * {@code jnear new}: writes a Maven project for a user's own contract from the templates beside this
 * package's classes, pinned to the jnear version the CLI was built as.
 */
package io.jnear.cli.scaffold;
