package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;
import java.util.function.*;

// Body checks read attributed trees; they must not make javac attribute the class early, which breaks
// compact and explicit canonical record constructors, enum bodies, local classes and lambdas in fields.
@Contract
public class C {
    public record Range(long low, long high) {
        public Range {
            if (low > high) {
                throw new IllegalArgumentException("low above high");
            }
        }
    }

    public record Named(String name) {
        public Named(String name) {
            this.name = name.strip();
        }
    }

    enum Mode {
        FAST {
            @Override
            long weight() {
                return 1;
            }
        },
        SLOW {
            @Override
            long weight() {
                return 5;
            }
        };

        abstract long weight();
    }

    long total;
    final transient Function<Long, Long> doubler = v -> v * 2;
    final transient Comparator<String> byLength = Comparator.comparing(String::length);

    public long add(Range range) {
        record Span(long width) {
            Span {
                if (width < 0) {
                    throw new IllegalArgumentException("negative");
                }
            }
        }
        class Counter {
            long count(Range r) {
                return new Span(r.high() - r.low()).width();
            }
        }
        total += doubler.apply(new Counter().count(range)) + Mode.SLOW.weight();
        return total;
    }

    @View
    public long size(Named who) {
        total++; //- //! ERROR jnear/view-writes "@View method size assigns field total"
        return total + who.name().length();
    }
}
