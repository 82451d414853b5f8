package io.jnear.cli.svg;

import io.jnear.runtime.exec.TransactionTrace;
import java.util.List;

/** The CLI's way to the run pictures that {@link io.jnear.runtime.svg.TraceSvg} draws. */
public final class TraceSvg {
    private TraceSvg() {
    }

    /** The picture of {@code traces}, in the order given; see {@link io.jnear.runtime.svg.TraceSvg#render}. */
    public static String render(List<TransactionTrace> traces) {
        return io.jnear.runtime.svg.TraceSvg.render(traces);
    }
}
