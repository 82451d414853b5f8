/**
 * Pictures of sandbox runs for the CLI's {@code --svg}: {@link io.jnear.cli.svg.TraceSvg} hands the
 * drawing to the runtime's {@link io.jnear.runtime.svg.TraceSvg}.
 */
package io.jnear.cli.svg;
