package io.jnear.runtime.isolation;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.Meter;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the instrumentation calls around a contract's call of a JDK method whose work or memory grows with
 * its input ({@link JdkPrices} says which, and how): the work is charged in proportion to the size of what
 * the method is given, before it runs, and memory the JDK allocates for the contract (a collection's
 * growth, a boxed value, a string or array it returns, the elements a stream materialises) counts toward
 * the call's memory limit. Public only because rewritten contract classes call it; contract code itself
 * may not name it.
 *
 * <p>Sizes are in units of roughly one contract instruction of the JDK's work: a character of a string,
 * a 64-bit word of a big number, a few per element of a collection (a virtual call of the element's
 * {@code equals} or {@code hashCode} each). The CPU-per-gas benchmark keeps the units honest.
 */
public final class JdkWork {
    static final String INTERNAL_NAME = "io/jnear/runtime/isolation/JdkWork";

    /** Work per element of a collection or map, on top of the element's own content. */
    private static final long PER_ELEMENT = 4;
    /** Collections deeper than this count their elements only: the content of nested ones is not read. */
    private static final int CONTENT_DEPTH = 2;
    /** Model of the memory one element of a list, queue or deque takes: its slot and a share of growth. */
    private static final long LIST_ELEMENT_BYTES = 8;
    /** Model of one entry of a hash or tree map or set: its node and table slot. */
    private static final long MAP_ENTRY_BYTES = 40;
    /** Work per 64-bit word of a big number in a linear operation (add, compare, shift). */
    private static final long BIG_WORD = 4;
    /** A boxed number or character. */
    private static final long BOX_BYTES = 16;
    /** Decimal digits in a 64-bit word, rounded down. */
    private static final long DIGITS_PER_WORD = 19;
    /** Elements of a walk to count a range view charged at once (a power of two). */
    private static final long WALK_STEP = 64;

    /** What {@link #expect}'s ordinal stands for. */
    private static final JdkPrices.Result[] RESULTS = JdkPrices.Result.values();

    private JdkWork() {
    }

    // --- work

    /** Charges the content size of {@code o}: what reading all of it once costs. */
    public static void content(Object o) {
        Meter.chargeWork(size(o, CONTENT_DEPTH));
    }

    /** Charges the content size of {@code o} to {@code call}, the one the calling contract method entered. */
    public static void content(Object o, HostBinding.Call call) {
        HostBinding.chargeOps(call, size(o, CONTENT_DEPTH));
    }

    /**
     * Charges the receiver's size times its arguments' ({@code a}, {@code b}, either null): a naive
     * substring search compares at every position, a big decimal's division works on both operands and
     * the precision asked for.
     */
    public static void product(Object receiver, Object a, Object b) {
        long other = Math.max(1, saturatingSum(size(a, CONTENT_DEPTH), size(b, CONTENT_DEPTH)));
        Meter.chargeWork(saturatingProduct(size(receiver, CONTENT_DEPTH), other));
    }

    /**
     * Charges a membership test or removal of {@code element} in {@code collection}: hashing the element
     * for a set or map, reading every element (and comparing with it) for a list or queue.
     */
    public static void search(Object collection, Object element) {
        long needle = size(element, CONTENT_DEPTH);
        if (isHashedOrSorted(collection)) {
            Meter.chargeWork(saturatingSum(needle, PER_ELEMENT));
        } else if (needle <= 1 || !(collection instanceof Collection<?> c)) {
            // the JDK compares with element.equals(e): for a box, an enum or a contract object, a few instructions
            Meter.chargeWork(saturatingProduct(count(collection), saturatingSum(PER_ELEMENT, needle)));
        } else {
            // comparing strings or lists reads no more of each than the shorter holds
            Meter.chargeWork(saturatingSum(needle, elements(c, (int) sizeOf(c), CONTENT_DEPTH, needle)));
        }
    }

    /**
     * Charges a bulk operation of two collections ({@code containsAll}, {@code removeAll},
     * {@code retainAll}, {@code disjoint}): a membership test of each element of one in the other.
     */
    public static void bulk(Object a, Object b) {
        long sizes = saturatingSum(size(a, CONTENT_DEPTH), size(b, CONTENT_DEPTH));
        if (isHashedOrSorted(a) || isHashedOrSorted(b)) {
            Meter.chargeWork(sizes);
        } else {
            long comparisons = saturatingProduct(count(a), count(b));
            Meter.chargeWork(saturatingSum(sizes, saturatingProduct(comparisons, PER_ELEMENT)));
        }
    }

    /** Charges sorting what {@code o} holds: n·log n comparisons. */
    public static void sort(Object o) {
        long n = count(o);
        Meter.chargeWork(saturatingProduct(4 * n, 64 - Long.numberOfLeadingZeros(Math.max(n, 1))));
    }

    /**
     * Charges schoolbook work on one number: the square of its size (square root, gcd, inverse, printing a
     * big decimal), twice over.
     */
    public static void square(Object o) {
        long n = o instanceof BigInteger b ? words(b)
                : o instanceof BigDecimal d ? words(d.unscaledValue()) + Math.abs((long) d.scale()) / DIGITS_PER_WORD
                : size(o, 0);
        Meter.chargeWork(saturatingProduct(2 * n, n));
    }

    /**
     * Charges parsing decimal digits ({@code o}, a string or characters) into a big number: each group of
     * digits multiplies what was read so far, so the words of the result, squared, measured at about 4 ns
     * each: five units per word².
     */
    public static void digits(Object o) {
        long words = size(o, 0) / DIGITS_PER_WORD + 1;
        Meter.chargeWork(saturatingProduct(5 * words, words));
    }

    /**
     * Charges creating an exception: the JVM records a frame of its stack trace for every method the call is
     * in, so a constructor run 1,000 contract methods deep took about 17 µs (17 ns a frame) where a shallow
     * one took 0.5 µs. A unit is about 0.8 ns of CPU at NEAR's calibration (1 Tgas per ms): 1,000 units,
     * and 32 per contract method the call is in, which leaves room for the JDK's frames between them.
     */
    public static void stackTrace() {
        Meter.chargeWork(1_000 + 32L * HostBinding.callDepth());
    }

    /** Charges {@code n} units of work given as a count ({@code System.arraycopy}'s length, a new scale). */
    public static void count(int n) {
        Meter.chargeWork(Math.abs((long) n));
    }

    /** Charges what follows {@code index} in {@code o}: what inserting or removing there moves. */
    public static void tail(Object o, int index) {
        Meter.chargeWork(Math.max(0, count(o) - Math.max(index, 0)));
    }

    /** Charges reaching {@code index} in {@code o}: nothing for an array-backed list, a walk for a linked one. */
    public static void walk(Object o, int index) {
        if (o instanceof java.util.AbstractSequentialList<?> list) {
            Meter.chargeWork(Math.max(0, Math.min((long) index, (long) list.size() - index)));
        }
    }

    /**
     * Charges a {@code size()} call: nothing for a collection or map that keeps its size, the walk for a
     * sorted map's or set's range view ({@code headMap(k)}, its keys, values and entries, a wrapper of one),
     * which the JDK counts element by element.
     */
    public static void viewSize(Object o) {
        if (RangeViews.mayWalkToCount(o)) {
            walkToCount(o); // an ordinary collection's size costs nothing: only the JDK's own size() runs
        }
    }

    /**
     * Charges emptying {@code o}, each element of it, and has a hash map or set emptied along its links
     * ({@link HashTables}): the JDK's own clear would walk every slot of its table, however few elements
     * are left in it.
     */
    public static void clear(Object o) {
        Meter.chargeWork(saturatingProduct(sizeOf(o), PER_ELEMENT));
        HashTables.emptyAlongLinks(o);
    }

    /** Charges the elements from {@code from} to {@code to}. */
    public static void range(int from, int to) {
        Meter.chargeWork(Math.max(0L, (long) to - from));
    }

    // --- memory

    /** What {@code o} takes in the memory model, for a collection, map, string builder or bit set; else 0. */
    public static long footprint(Object o) {
        if (o instanceof Collection<?> || o instanceof Map<?, ?>) {
            return sizeOf(o) * (o instanceof Collection<?> && !(o instanceof Set<?>) ? LIST_ELEMENT_BYTES
                    : MAP_ENTRY_BYTES);
        }
        if (o instanceof StringBuilder sb) {
            return 2L * sb.capacity();
        }
        if (o instanceof BitSet bits) {
            return bits.size() / 8;
        }
        if (o instanceof java.io.ByteArrayOutputStream out) {
            return out.size();
        }
        return 0;
    }

    /** Counts what {@code o} grew by since its {@link #footprint} was {@code before}. */
    public static void grew(Object o, long before) {
        long after = footprint(o);
        if (after > before) {
            allocated(after - before);
        }
    }

    /**
     * Counts {@code bytes} the JDK allocated in small objects (nodes, boxes, a grown table): besides the
     * memory, their creation, copying and collection cost about an instruction per 4 bytes.
     */
    private static void allocated(long bytes) {
        Meter.allocate(bytes, 1);
        Meter.chargeWork(bytes >> 2);
    }

    /** Counts {@code bytes} as {@link #allocated(long)} does, in {@code call}. */
    private static void allocated(HostBinding.Call call, long bytes) {
        HostBinding.allocate(call, bytes);
        HostBinding.chargeOps(call, bytes >> 2);
    }

    /** Counts a boxed value the JDK made for the contract. */
    public static void boxed() {
        allocated(BOX_BYTES);
    }

    /** Counts a boxed value the JDK made for the contract, in {@code call}, the one the contract method entered. */
    public static void boxed(HostBinding.Call call) {
        allocated(call, BOX_BYTES);
    }

    /** Counts a JDK object the contract just constructed: its collection footprint or its characters. */
    public static void built(Object o) {
        grew(o, 0);
        made(o);
    }

    /**
     * Counts the string or array a JDK call is about to return, from its first two reference operands (the
     * receiver first, if the call has one; null where it has fewer), before the JDK allocates it; returns the
     * bytes counted, which {@link #made(Object, long)} then leaves out. {@code result} is the ordinal of the
     * {@link JdkPrices.Result} that says what it returns.
     */
    public static long expect(Object first, Object second, int result) {
        long bytes = switch (RESULTS[result]) {
            case RECEIVER_CHARS, ARGUMENT_CHARS -> 2L * length(first);
            case RECEIVER_BYTES -> length(first);
            case CONCATENATED -> 2L * (length(first) + length(second));
            case JOINED -> 2L * joinedLength(first, second);
            case HEX -> 2L * Math.max(0, saturatingProduct(length(second), size(first, 0))
                    - ((java.util.HexFormat) first).delimiter().length());
            // "[]", or "[1, 2]": a digit each and ", " between
            case NUMBERS -> length(first) == 0 ? 4 : 2 * (3 * length(first));
        };
        Meter.allocate(bytes, 1);
        return bytes;
    }

    private static long length(Object o) {
        return o == null ? 0 : o instanceof CharSequence s ? s.length() : o.getClass().isArray() ? Array.getLength(o) : 0;
    }

    /** What {@code String.join(delimiter, elements)} returns: the elements' characters and the delimiters'. */
    static long joinedLength(Object delimiter, Object elements) {
        long total = 0;
        long count = 0;
        Iterable<?> each = elements instanceof Object[] array ? java.util.Arrays.asList(array) : (Iterable<?>) elements;
        if (each == null) {
            return 0;
        }
        for (Object e : each) {
            total = saturatingSum(total, e == null ? 4 : ((CharSequence) e).length());
            count++;
        }
        return saturatingSum(total, saturatingProduct(Math.max(0, count - 1), length(delimiter)));
    }

    /** Counts what a JDK call made beyond the {@code counted} bytes {@link #expect} counted before it. */
    public static void made(Object o, long counted) {
        long bytes = o instanceof String s ? 2L * s.length() : o == null ? 0 : arrayBytes(o);
        if (bytes > counted) {
            Meter.allocate(bytes - counted, 1);
        }
    }

    private static long arrayBytes(Object array) {
        Class<?> element = array.getClass().getComponentType();
        int bytes = element == byte.class || element == boolean.class ? 1
                : element == char.class || element == short.class ? 2
                : element == int.class || element == float.class ? 4 : 8;
        return (long) Array.getLength(array) * bytes;
    }

    /** Counts a string or array a JDK method made and returned, after the fact. */
    public static void made(Object o) {
        if (o instanceof String s) {
            Meter.allocate(s.length(), 2);
        } else if (o != null && o.getClass().isArray()) {
            Meter.allocate(arrayBytes(o), 1);
        }
    }

    /** Counts an element a stream materialises into a collection, array or string: its slot and characters. */
    static void materialised(Object element) {
        allocated(element instanceof CharSequence s ? LIST_ELEMENT_BYTES + 2L * s.length() : LIST_ELEMENT_BYTES);
    }

    // --- sizes

    private static long words(BigInteger b) {
        return (b.bitLength() >> 6) + 1;
    }

    private static boolean isHashedOrSorted(Object o) {
        return o instanceof Set<?> || o instanceof Map<?, ?>;
    }

    /** How many elements {@code o} holds (an array's length, a collection's or map's size, a length), or 1. */
    private static long count(Object o) {
        if (o instanceof CharSequence s) {
            return s.length();
        }
        if (o instanceof Collection<?> || o instanceof Map<?, ?>) {
            return sizeOf(o);
        }
        if (o != null && o.getClass().isArray()) {
            return Array.getLength(o);
        }
        return 1;
    }

    /**
     * The size of a collection or map ({@code o}), the walk charged where the JDK walks to count it: a range
     * view of a sorted map or set counts its elements on every new view, so a loop of {@code headMap(k).size()}
     * would do work in proportion to the map for the price of a call.
     */
    private static long sizeOf(Object o) {
        if (!RangeViews.mayWalkToCount(o)) {
            return o instanceof Map<?, ?> m ? m.size() : ((Collection<?>) o).size();
        }
        return walkToCount(o);
    }

    private static long walkToCount(Object o) {
        Iterable<?> elements = o instanceof Map<?, ?> m ? m.keySet() : (Collection<?>) o;
        long walked = 0;
        for (Object ignored : elements) {
            // charged in steps, before each stretch of the walk, so a huge range stops at the gas limit
            if ((walked & (WALK_STEP - 1)) == 0) {
                Meter.chargeWork(WALK_STEP * PER_ELEMENT);
            }
            walked++;
        }
        return walked;
    }

    /** What measuring a value of a class takes: read once per class, not by a chain of instanceof per value. */
    private enum Kind {
        LEAF, TEXT, BIG_INTEGER, BIG_DECIMAL, MATH_CONTEXT, COLLECTION, MAP, OBJECT_ARRAY, ARRAY, HEX_FORMAT, BUFFER
    }

    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> type) {
            if (CharSequence.class.isAssignableFrom(type)) {
                return Kind.TEXT;
            } else if (type == BigInteger.class) {
                return Kind.BIG_INTEGER;
            } else if (type == BigDecimal.class) {
                return Kind.BIG_DECIMAL;
            } else if (type == java.math.MathContext.class) {
                return Kind.MATH_CONTEXT;
            } else if (Collection.class.isAssignableFrom(type)) {
                return Kind.COLLECTION;
            } else if (Map.class.isAssignableFrom(type)) {
                return Kind.MAP;
            } else if (type.isArray()) {
                return type.getComponentType().isPrimitive() ? Kind.ARRAY : Kind.OBJECT_ARRAY;
            } else if (type == java.util.HexFormat.class) {
                return Kind.HEX_FORMAT;
            } else if (java.nio.Buffer.class.isAssignableFrom(type)) {
                return Kind.BUFFER;
            }
            return Kind.LEAF;
        }
    };

    /** The JDK class last measured and its kind: code measures values of one class over and over (a charset, a box). */
    private record LastKind(Class<?> type, Kind kind) {
    }

    /**
     * Shared by threads without synchronisation: a thread sees either null or a whole pair (its fields are
     * final), and a class's kind is the same whichever thread found it.
     */
    private static LastKind lastKind;

    private static Kind kind(Class<?> type) {
        LastKind last = lastKind;
        if (last != null && last.type == type) {
            return last.kind;
        }
        Kind kind = KINDS.get(type);
        if (type.getClassLoader() == null) {
            // the JDK's own classes only: a contract's class kept here would keep its deployment loaded
            lastKind = new LastKind(type, kind);
        }
        return kind;
    }

    /**
     * The size of {@code o} in units of work: characters, 64-bit words, elements (each with the content of
     * what it holds, down to {@code depth} levels of nesting).
     */
    static long size(Object o, int depth) {
        if (o == null) {
            return 0;
        }
        if (o instanceof String s) {
            // most calls measure strings: no class lookup for them
            return s.length();
        }
        return switch (kind(o.getClass())) {
            case LEAF -> 1;
            case TEXT -> ((CharSequence) o).length();
            // each word of a result is allocated and written as well as read
            case BIG_INTEGER -> BIG_WORD * words((BigInteger) o);
            // a scale of n stands for n decimal digits that rescaling and printing produce
            case BIG_DECIMAL -> BIG_WORD * words(((BigDecimal) o).unscaledValue()) + Math.abs((long) ((BigDecimal) o).scale()) / 16;
            case MATH_CONTEXT -> ((java.math.MathContext) o).getPrecision() / 16 + 1;
            case COLLECTION -> elements((Collection<?>) o, (int) sizeOf(o), depth, Long.MAX_VALUE);
            case MAP -> {
                Map<?, ?> m = (Map<?, ?>) o;
                long total = sizeOf(m) * PER_ELEMENT;
                if (depth > 0) {
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        total = saturatingSum(total, size(e.getKey(), depth - 1) + size(e.getValue(), depth - 1));
                    }
                }
                yield total;
            }
            case OBJECT_ARRAY -> elements(java.util.Arrays.asList((Object[]) o), ((Object[]) o).length, depth,
                    Long.MAX_VALUE);
            case ARRAY -> Array.getLength(o);
            // what each byte becomes: its prefix, two digits, its suffix and a delimiter
            case HEX_FORMAT -> {
                java.util.HexFormat hex = (java.util.HexFormat) o;
                yield 2L + hex.prefix().length() + hex.suffix().length() + hex.delimiter().length();
            }
            case BUFFER -> ((java.nio.Buffer) o).remaining();
        };
    }

    /** {@code count} elements, each with its size (no more than {@code cap}) down to {@code depth} levels. */
    private static long elements(Iterable<?> elements, int count, int depth, long cap) {
        long total = count * PER_ELEMENT;
        if (depth > 0) {
            for (Object e : elements) {
                total = saturatingSum(total, Math.min(size(e, depth - 1), cap));
            }
        }
        return total;
    }

    private static long saturatingSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatingProduct(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
