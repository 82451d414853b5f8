package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;

// A check of declarations fails, so javac stops before its analysis: the body checks still run, and the
// record's compact constructor still compiles.
@Contract
public class C {
    public record Range(long low, long high) {
        public Range {
            if (low > high) {
                throw new IllegalArgumentException("low above high");
            }
        }
    }

    long total;

    @View
    @Payable //- //! ERROR jnear/view-payable
    public long width(Range range) {
        total++; //- //! ERROR jnear/view-writes "@View method width assigns field total"
        return range.high() - range.low();
    }
}
