package test;

import io.jnear.annotations.*;
import java.util.*;
import lib.Ranking;

// The sandbox lets contract classes extend only plain objects, records, enums, numbers, exceptions and the
// SDK's classes, and implement only functional, comparison, iteration and closing interfaces: the JDK
// prices its work on the others by the size the object reports, which a subclass could misreport. Nested,
// local and anonymous classes are read, and the helper classes the contract reaches.
@Contract
public class C {
    long total;

    public long count(String word) {
        Map<String, Long> seen = new HashMap<>() {{ //- //! ERROR jnear/non-deterministic "extending java.util.HashMap is not allowed in contract code: its inherited methods are priced and counted by what the object says about itself, which a subclass could misreport; keep one in a field instead"
        Map<String, Long> seen = new HashMap<>(); //+
            put(word, 1L); //-
        seen.put(word, 1L); //+
        }}; //-
        Comparator<String> byLength = new Comparator<>() {
            @Override
            public int compare(String a, String b) {
                return Integer.compare(a.length(), b.length());
            }
        };
        class Tally extends LinkedHashMap<String, Long> { //- //! ERROR jnear/non-deterministic "extending java.util.LinkedHashMap is not allowed in contract code: its inherited methods are priced"
        class Tally extends Number implements Comparable<Tally> { //+
            @Override public int intValue() { return 0; } //+
            @Override public long longValue() { return 0; } //+
            @Override public float floatValue() { return 0; } //+
            @Override public double doubleValue() { return 0; } //+
            @Override public int compareTo(Tally other) { return 0; } //+
        }
        total += new Tally().size(); //-
        total += new Tally().longValue(); //+
        total += seen.size() + new Words().size() + Ranking.top(word) + byLength.compare(word, "");
        return total;
    }

    static final class Words extends ArrayList<String> { //- //! ERROR jnear/non-deterministic "extending java.util.ArrayList is not allowed in contract code: its inherited methods are priced"
    static final class Words { //+
        private final List<String> words = new ArrayList<>(); //+
        public int size() { //+
            return words.size(); //+
        } //+
    }

    abstract static class Lying implements List<Long>, Comparable<Lying> { //- //! ERROR jnear/non-deterministic "implementing java.util.List is not allowed in contract code: the JDK prices its work on such an object by the size or length the object reports, which an implementation could misreport; keep a JDK one in a field instead"
    abstract static class Lying implements Iterable<Long>, Comparable<Lying> { //+
    }

    interface Text extends CharSequence { //- //! ERROR jnear/non-deterministic "implementing java.lang.CharSequence is not allowed in contract code"
    interface Text extends Runnable { //+
    }

    record Point(long x, long y) implements Comparable<Point> {
        @Override
        public int compareTo(Point other) {
            return Long.compare(x, other.x);
        }
    }

    enum Side { LEFT, RIGHT { @Override long sign() { return 1; } }; long sign() { return -1; } }

    static final class Overdrawn extends IllegalStateException {
        Overdrawn() {
            super("overdrawn");
        }
    }
}
