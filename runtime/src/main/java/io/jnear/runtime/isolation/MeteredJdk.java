package io.jnear.runtime.isolation;

import io.jnear.sdk.HostBinding;
import io.jnear.sdk.spi.FloatBits;
import io.jnear.sdk.spi.Meter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.objectweb.asm.Type;

/**
 * Metered stand-ins for JDK methods whose work or allocation grows with their input: the instrumentation
 * sends a contract's call of {@code Arrays.sort(long[])} here instead (same parameters, the receiver first
 * for instance methods), and each charges gas and memory in proportion before doing the work; and
 * float and double methods whose HotSpot answer for a NaN depends on the JIT ({@code abs}, {@code max},
 * {@code min}, {@code ulp(float)}), computed here on raw bits and comparisons instead. Public only because
 * rewritten contract classes call it; contract code itself may not name it.
 *
 * <p>A unit of work is one contract instruction. The factors keep every entry of the CPU-per-gas
 * benchmark ({@code SandboxCpuPerGasBenchmark}) within NEAR's calibration of about 1 ms per Tgas.
 */
public final class MeteredJdk {
    /** A stand-in: the class that holds it and its descriptor. */
    record StandIn(String owner, String descriptor) {
    }

    static final String INTERNAL_NAME = "io/jnear/runtime/isolation/MeteredJdk";

    /** Stand-ins by JDK owner, name and descriptor (with the receiver first for instance methods). */
    private static final Map<String, StandIn> REPLACED = new HashMap<>();
    private static final Set<String> STRICT_MATH = new HashSet<>();

    static {
        for (Class<?> holder : List.of(MeteredJdk.class, NullSafeObjects.class, OrderedSets.class,
                OrderedMaps.class)) {
            for (Method m : holder.getDeclaredMethods()) {
                Stand in = m.getAnnotation(Stand.class);
                for (Class<?> jdk : in == null ? new Class<?>[0] : in.value()) {
                    REPLACED.put(Type.getInternalName(jdk) + "." + m.getName() + Type.getMethodDescriptor(m),
                            new StandIn(Type.getInternalName(holder), Type.getMethodDescriptor(m)));
                }
            }
        }
        for (Method m : StrictMath.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                STRICT_MATH.add(m.getName() + Type.getMethodDescriptor(m));
            }
        }
    }

    /** Marks a stand-in and names the JDK classes whose method of that name and descriptor it stands in for. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Stand {
        Class<?>[] value();
    }

    private MeteredJdk() {
    }

    /** The stand-in for a call of {@code owner.name} with {@code descriptor}, or null if there is none. */
    static StandIn replacement(String owner, String name, String descriptor) {
        return REPLACED.get(owner + "." + name + descriptor);
    }

    /** True if {@code StrictMath} has the static method {@code Math.name} with this descriptor. */
    static boolean hasStrictMath(String name, String descriptor) {
        return STRICT_MATH.contains(name + descriptor);
    }

    private static long log2(long n) {
        return 64 - Long.numberOfLeadingZeros(Math.max(n, 1));
    }

    /** Work units of one comparison of a sort by natural order (a virtual call of compareTo). */
    private static final long SORT_COMPARISON = 4;

    private static void sorting(long n) {
        Meter.chargeWork(4 * n * log2(n));
    }

    private static long words(BigInteger x) {
        return (x.bitLength() >> 6) + 1;
    }

    // --- identity: Object's hashCode and toString differ between runs; these number objects per call

    /** True for classes whose hashCode is Object's (or Enum's, which is Object's): an identity hash. */
    private static final ClassValue<Boolean> IDENTITY_HASH = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<?> declaring = declaringClass(type, "hashCode");
            return declaring == Object.class || declaring == Enum.class;
        }
    };

    private static final ClassValue<Boolean> IDENTITY_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return declaringClass(type, "toString") == Object.class;
        }
    };

    private static Class<?> declaringClass(Class<?> type, String method) {
        try {
            return type.getMethod(method).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            return Object.class;
        }
    }

    /**
     * JDK collections, maps, entries and optionals whose hashCode (or toString) is the JDK's: it reaches each
     * element's, which may be an identity hash, so these compute it from the elements' deterministic ones
     * instead.
     */
    private static final ClassValue<Boolean> CONTAINER_HASH = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isContainer(type) && declaringClass(type, "hashCode").getName().startsWith("java.");
        }
    };

    private static final ClassValue<Boolean> CONTAINER_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isContainer(type) && declaringClass(type, "toString").getName().startsWith("java.");
        }
    };

    static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Map.Entry.class.isAssignableFrom(type) || type == Optional.class;
    }

    @Stand(Object.class)
    public static int hashCode(Object o) {
        Class<?> type = o.getClass();
        if (!IDENTITY_HASH.get(type)) {
            return CONTAINER_HASH.get(type) ? containerHash(o) : o.hashCode();
        }
        return o instanceof Enum<?> e ? e.name().hashCode() : HostBinding.identityHash(o);
    }

    @Stand(Object.class)
    public static String toString(Object o) {
        Class<?> type = o.getClass();
        if (!IDENTITY_TO_STRING.get(type)) {
            return CONTAINER_TO_STRING.get(type) ? containerText(o) : o.toString();
        }
        return type.getName() + "@" + Integer.toHexString(hashCode(o));
    }

    /**
     * {@code super.hashCode()} reaching {@code Object}'s (or {@code Enum}'s): the number the call gives the
     * object, never the JVM's identity hash.
     */
    public static int superHashCode(Object o) {
        return o instanceof Enum<?> e ? e.name().hashCode() : HostBinding.identityHash(o);
    }

    /** {@code super.toString()} reaching {@code Object}'s: the class name and the call's number for the object. */
    public static String superToString(Object o) {
        return o.getClass().getName() + "@" + Integer.toHexString(superHashCode(o));
    }

    private static int hashOrZero(Object o) {
        return o == null ? 0 : hashCode(o);
    }

    /**
     * The JDK's hash of a list, set, map, entry or optional, from the elements' deterministic hashes. Each
     * level of nesting counts as a call toward the call-depth limit, so a deeply nested value fails the
     * same way on every stack size.
     */
    private static int containerHash(Object o) {
        HostBinding.Call call = Meter.enter(0);
        try {
            return containerHashAtDepth(o);
        } finally {
            Meter.leave(call);
        }
    }

    private static int containerHashAtDepth(Object o) {
        JdkWork.content(o);
        int h = 0;
        if (o instanceof List<?> list) {
            h = 1;
            for (Object e : list) {
                h = 31 * h + hashOrZero(e);
            }
        } else if (o instanceof Set<?> set) {
            for (Object e : set) {
                h += hashOrZero(e);
            }
        } else if (o instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h += hashOrZero(e.getKey()) ^ hashOrZero(e.getValue());
            }
        } else if (o instanceof Map.Entry<?, ?> e) {
            h = hashOrZero(e.getKey()) ^ hashOrZero(e.getValue());
        } else if (o instanceof Optional<?> optional) {
            h = hashOrZero(optional.orElse(null));
        } else {
            h = o.hashCode();
        }
        return h;
    }

    /** The JDK's text of a collection, map, entry or optional, with the elements' deterministic texts. */
    private static String containerText(Object o) {
        HostBinding.Call call = Meter.enter(0);
        try {
            return containerTextAtDepth(o);
        } finally {
            Meter.leave(call);
        }
    }

    private static String containerTextAtDepth(Object o) {
        JdkWork.content(o);
        StringBuilder sb = new StringBuilder();
        if (o instanceof Map<?, ?> map) {
            sb.append('{');
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sb.length() > 1 ? ", " : "").append(e.getKey() == o ? "(this Map)" : stringOf(e.getKey()))
                        .append('=').append(e.getValue() == o ? "(this Map)" : stringOf(e.getValue()));
            }
            sb.append('}');
        } else if (o instanceof Collection<?> collection) {
            sb.append('[');
            for (Object e : collection) {
                sb.append(sb.length() > 1 ? ", " : "").append(e == o ? "(this Collection)" : stringOf(e));
            }
            sb.append(']');
        } else if (o instanceof Map.Entry<?, ?> e) {
            sb.append(stringOf(e.getKey())).append('=').append(stringOf(e.getValue()));
        } else if (o instanceof Optional<?> optional) {
            sb.append(optional.isPresent() ? "Optional[" + stringOf(optional.get()) + "]" : "Optional.empty");
        } else {
            return o.toString();
        }
        String text = sb.toString();
        JdkWork.made(text);
        return text;
    }

    /** {@code String.valueOf(o)} with the deterministic {@link #toString(Object)}: what concatenation prints. */
    public static String stringOf(Object o) {
        return o == null ? "null" : toString(o);
    }

    @Stand(String.class)
    public static String valueOf(Object o) {
        return stringOf(o);
    }


    // --- strings

    /** Counts the string a concatenation ({@code a + b}) just built. */
    public static void concatenated(String result) {
        Meter.allocate((long) result.length(), 2);
    }

    @Stand(StringBuilder.class)
    public static String toString(StringBuilder sb) {
        Meter.allocate((long) sb.length(), 2);
        return sb.toString();
    }

    /**
     * {@code String.join} over an {@code Iterable}: the elements are taken in one walk, then charged, counted
     * and joined, so an iterable of contract code that answers a second walk differently (empty when priced,
     * then huge) cannot have the JDK build an uncounted string.
     */
    @Stand(String.class)
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        List<CharSequence> taken = new ArrayList<>();
        for (CharSequence element : elements) {
            taken.add(element);
        }
        CharSequence[] array = taken.toArray(new CharSequence[0]);
        Meter.allocate(array.length, 4);
        long chars = JdkWork.joinedLength(delimiter, array);
        Meter.allocate(chars, 2);
        Meter.chargeWork(chars);
        return String.join(delimiter, array);
    }

    @Stand(String.class)
    public static String repeat(String s, int count) {
        long chars = (long) s.length() * Math.max(count, 0);
        Meter.allocate(chars, 2);
        return s.repeat(count);
    }

    @Stand(StringBuilder.class)
    public static StringBuilder append(StringBuilder sb, String s) {
        Meter.allocate(s == null ? 4 : s.length(), 2);
        return sb.append(s);
    }

    @Stand(StringBuilder.class)
    public static StringBuilder append(StringBuilder sb, CharSequence s) {
        Meter.allocate(s == null ? 4 : s.length(), 2);
        return sb.append(s);
    }

    /** Appends what concatenation would: the deterministic text of {@code o}. */
    @Stand(StringBuilder.class)
    public static StringBuilder append(StringBuilder sb, Object o) {
        return append(sb, stringOf(o));
    }

    @Stand(StringBuilder.class)
    public static StringBuilder insert(StringBuilder sb, int offset, Object o) {
        String s = stringOf(o);
        Meter.allocate(s.length(), 2);
        JdkWork.tail(sb, offset);
        return sb.insert(offset, s);
    }

    // --- arrays

    /** The JDK's hash of an array of objects, from the elements' deterministic hashes. */
    @Stand(Arrays.class)
    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        JdkWork.content(a);
        int h = 1;
        for (Object e : a) {
            h = 31 * h + (e == null ? 0 : hashCode(e));
        }
        return h;
    }

    /** The JDK's deep hash of an array: nested arrays as the JDK hashes them, other elements' hashes deterministic. */
    @Stand(Arrays.class)
    public static int deepHashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        HostBinding.Call call = Meter.enter(0);
        try {
            JdkWork.content(a);
            int h = 1;
            for (Object e : a) {
                int element = e == null ? 0
                        : e instanceof Object[] nested ? deepHashCode(nested)
                        // a primitive array's hash is the JDK's own: one element's deep hash is 31 + it
                        : e.getClass().isArray() ? Arrays.deepHashCode(new Object[] {e}) - 31
                        : hashCode(e);
                h = 31 * h + element;
            }
            return h;
        } finally {
            Meter.leave(call);
        }
    }

    /** The JDK's deep text of an array: nested arrays as the JDK prints them, other elements' texts deterministic. */
    @Stand(Arrays.class)
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        HostBinding.Call call = Meter.enter(0);
        try {
            JdkWork.content(a);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                Object e = a[i];
                sb.append(i > 0 ? ", " : "");
                if (e == a) {
                    sb.append("[...]");
                } else if (e instanceof Object[] nested) {
                    sb.append(deepToString(nested));
                } else if (e != null && e.getClass().isArray()) {
                    String one = Arrays.deepToString(new Object[] {e});
                    sb.append(one, 1, one.length() - 1);
                } else {
                    sb.append(stringOf(e));
                }
            }
            String text = sb.append(']').toString();
            JdkWork.made(text);
            return text;
        } finally {
            Meter.leave(call);
        }
    }

    /** The JDK's text of an array of objects, with the elements' deterministic texts. */
    @Stand(Arrays.class)
    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        JdkWork.content(a);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            sb.append(i > 0 ? ", " : "").append(stringOf(a[i]));
        }
        String text = sb.append(']').toString();
        JdkWork.made(text);
        return text;
    }

    @Stand(Arrays.class)
    public static void sort(int[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static void sort(long[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static void sort(double[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static void sort(byte[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static void sort(char[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static void sort(Object[] a) {
        sorting(a.length);
        Arrays.sort(a);
    }

    @Stand(Arrays.class)
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        sorting(a.length);
        Arrays.sort(a, c);
    }

    @Stand(Arrays.class)
    public static void sort(int[] a, int from, int to) {
        sorting(Math.max(0, to - from));
        Arrays.sort(a, from, to);
    }

    @Stand(Arrays.class)
    public static void sort(long[] a, int from, int to) {
        sorting(Math.max(0, to - from));
        Arrays.sort(a, from, to);
    }

    @Stand(Arrays.class)
    public static int[] copyOf(int[] a, int length) {
        Meter.allocate(length, 4);
        return Arrays.copyOf(a, length);
    }

    @Stand(Arrays.class)
    public static long[] copyOf(long[] a, int length) {
        Meter.allocate(length, 8);
        return Arrays.copyOf(a, length);
    }

    @Stand(Arrays.class)
    public static byte[] copyOf(byte[] a, int length) {
        Meter.allocate(length, 1);
        return Arrays.copyOf(a, length);
    }

    @Stand(Arrays.class)
    public static char[] copyOf(char[] a, int length) {
        Meter.allocate(length, 2);
        return Arrays.copyOf(a, length);
    }

    @Stand(Arrays.class)
    public static <T> T[] copyOf(T[] a, int length) {
        Meter.allocate(length, 8);
        return Arrays.copyOf(a, length);
    }

    @Stand(Arrays.class)
    public static int[] copyOfRange(int[] a, int from, int to) {
        Meter.allocate((long) to - from, 4);
        return Arrays.copyOfRange(a, from, to);
    }

    @Stand(Arrays.class)
    public static long[] copyOfRange(long[] a, int from, int to) {
        Meter.allocate((long) to - from, 8);
        return Arrays.copyOfRange(a, from, to);
    }

    @Stand(Arrays.class)
    public static byte[] copyOfRange(byte[] a, int from, int to) {
        Meter.allocate((long) to - from, 1);
        return Arrays.copyOfRange(a, from, to);
    }

    @Stand(Arrays.class)
    public static <T> T[] copyOfRange(T[] a, int from, int to) {
        Meter.allocate((long) to - from, 8);
        return Arrays.copyOfRange(a, from, to);
    }

    @Stand(Arrays.class)
    public static void fill(long[] a, long value) {
        Meter.chargeWork(a.length);
        Arrays.fill(a, value);
    }

    @Stand(Arrays.class)
    public static void fill(int[] a, int value) {
        Meter.chargeWork(a.length);
        Arrays.fill(a, value);
    }

    @Stand(Arrays.class)
    public static void fill(byte[] a, byte value) {
        Meter.chargeWork(a.length / 8);
        Arrays.fill(a, value);
    }

    @Stand(Arrays.class)
    public static void fill(Object[] a, Object value) {
        Meter.chargeWork(a.length);
        Arrays.fill(a, value);
    }

    @Stand(Collections.class)
    public static <T> List<T> nCopies(int n, T value) {
        Meter.allocate(n, 8);
        return Collections.nCopies(n, value);
    }

    @Stand(java.nio.ByteBuffer.class)
    public static java.nio.ByteBuffer allocate(int capacity) {
        Meter.allocate(capacity, 1);
        return java.nio.ByteBuffer.allocate(capacity);
    }

    // --- streams: a range's elements are all visited by whatever consumes it

    @Stand(IntStream.class)
    public static IntStream range(int from, int to) {
        Meter.chargeWork(Math.max(0L, (long) to - from));
        return IntStream.range(from, to);
    }

    @Stand(IntStream.class)
    public static IntStream rangeClosed(int from, int to) {
        Meter.chargeWork(Math.max(0L, (long) to - from + 1));
        return IntStream.rangeClosed(from, to);
    }

    @Stand(LongStream.class)
    public static LongStream range(long from, long to) {
        Meter.chargeWork(to <= from ? 0 : to - from < 0 ? Long.MAX_VALUE : to - from);
        return LongStream.range(from, to);
    }

    @Stand(LongStream.class)
    public static LongStream rangeClosed(long from, long to) {
        Meter.chargeWork(to < from ? 0 : to - from + 1 <= 0 ? Long.MAX_VALUE : to - from + 1);
        return LongStream.rangeClosed(from, to);
    }

    // --- streams that hold their elements: each element counts toward the memory limit as it arrives

    @Stand(Stream.class)
    public static <T, A, R> R collect(Stream<T> s, Collector<? super T, A, R> collector) {
        return s.peek(JdkWork::materialised).collect(collector);
    }

    @Stand(Stream.class)
    public static <T, R> R collect(Stream<T> s, Supplier<R> supplier, BiConsumer<R, ? super T> accumulator,
            BiConsumer<R, R> combiner) {
        return s.peek(JdkWork::materialised).collect(supplier, accumulator, combiner);
    }

    @Stand(Stream.class)
    public static <T> List<T> toList(Stream<T> s) {
        return s.peek(JdkWork::materialised).toList();
    }

    @Stand(Stream.class)
    public static <T> Object[] toArray(Stream<T> s) {
        return s.peek(JdkWork::materialised).toArray();
    }

    @Stand(Stream.class)
    public static <T, A> A[] toArray(Stream<T> s, IntFunction<A[]> generator) {
        return s.peek(JdkWork::materialised).toArray(generator);
    }

    @Stand(Stream.class)
    public static <T> Stream<T> distinct(Stream<T> s) {
        return s.peek(JdkWork::materialised).distinct();
    }

    /** The natural order, each comparison charged: the JDK's own would compare for free. */
    @Stand(Stream.class)
    @SuppressWarnings("unchecked")
    public static <T> Stream<T> sorted(Stream<T> s) {
        return s.peek(JdkWork::materialised).sorted((a, b) -> {
            Meter.chargeWork(SORT_COMPARISON);
            return ((Comparable<Object>) a).compareTo(b);
        });
    }

    @Stand(Stream.class)
    public static <T> Stream<T> sorted(Stream<T> s, Comparator<? super T> comparator) {
        return s.peek(JdkWork::materialised).sorted(comparator);
    }

    @Stand(IntStream.class)
    public static int[] toArray(IntStream s) {
        return s.peek(i -> JdkWork.materialised(null)).toArray();
    }

    @Stand(LongStream.class)
    public static long[] toArray(LongStream s) {
        return s.peek(i -> JdkWork.materialised(null)).toArray();
    }

    @Stand(IntStream.class)
    public static IntStream sorted(IntStream s) {
        return s.peek(i -> {
            JdkWork.materialised(null);
            Meter.chargeWork(SORT_COMPARISON * 20);
        }).sorted();
    }

    @Stand(LongStream.class)
    public static LongStream sorted(LongStream s) {
        return s.peek(i -> {
            JdkWork.materialised(null);
            Meter.chargeWork(SORT_COMPARISON * 20);
        }).sorted();
    }

    @Stand(IntStream.class)
    public static Stream<Integer> boxed(IntStream s) {
        return s.boxed().peek(i -> JdkWork.boxed());
    }

    @Stand(LongStream.class)
    public static Stream<Long> boxed(LongStream s) {
        return s.boxed().peek(i -> JdkWork.boxed());
    }

    // --- big integers: schoolbook costs in 64-bit words

    @Stand(BigInteger.class)
    public static BigInteger multiply(BigInteger a, BigInteger b) {
        Meter.chargeWork(words(a) * words(b));
        Meter.allocate(words(a) + words(b), 8);
        return a.multiply(b);
    }

    @Stand(BigInteger.class)
    public static BigInteger pow(BigInteger a, int exponent) {
        long resultWords = Math.min(1L << 30, (long) a.bitLength() * Math.max(exponent, 1) / 64 + 1);
        Meter.allocate(resultWords, 8);
        // repeated squaring with sub-quadratic multiplication: far less than schoolbook's words²
        Meter.chargeWork(resultWords * resultWords / 8);
        return a.pow(exponent);
    }

    @Stand(BigInteger.class)
    public static BigInteger divide(BigInteger a, BigInteger b) {
        Meter.chargeWork(words(a) * words(b));
        return a.divide(b);
    }

    @Stand(BigInteger.class)
    public static BigInteger mod(BigInteger a, BigInteger m) {
        Meter.chargeWork(words(a) * words(m));
        return a.mod(m);
    }

    @Stand(BigInteger.class)
    public static BigInteger remainder(BigInteger a, BigInteger m) {
        Meter.chargeWork(words(a) * words(m));
        return a.remainder(m);
    }

    @Stand(BigInteger.class)
    public static BigInteger modPow(BigInteger a, BigInteger e, BigInteger m) {
        Meter.chargeWork(words(m) * words(m) * Math.max(1, e.bitLength()));
        return a.modPow(e, m);
    }

    @Stand(BigInteger.class)
    public static BigInteger shiftLeft(BigInteger a, int n) {
        Meter.allocate(words(a) + Math.max(0, n) / 64, 8);
        return a.shiftLeft(n);
    }

    @Stand(BigInteger.class)
    public static String toString(BigInteger a) {
        Meter.chargeWork(words(a) * words(a));
        return a.toString();
    }

    // --- floating point: where HotSpot 17's answer for a NaN depends on whether the caller is interpreted,
    // compiled by C1 or compiled by C2 (an intrinsic), one answer computed on raw bits and plain comparisons

    /**
     * The sign bit cleared, a NaN's too: JDK 17's {@code Math.abs(float)} is {@code a <= 0.0f ? 0.0f - a : a},
     * which returns a negative NaN as it came when interpreted or compiled by C1, but C2's intrinsic clears
     * its sign bit (as Java 18+'s library does in every mode). {@code StrictMath.abs} calls {@code Math.abs}.
     */
    @Stand({Math.class, StrictMath.class})
    public static float abs(float a) {
        return FloatBits.abs(a);
    }

    /** The sign bit cleared, as HotSpot 17's intrinsic does in every mode; here on raw bits as for floats. */
    @Stand({Math.class, StrictMath.class})
    public static double abs(double a) {
        return FloatBits.abs(a);
    }

    /**
     * JDK 17's {@code Math.max(float, float)} as its source reads (the first NaN operand as it came, then
     * {@code -0.0f} below {@code 0.0f}): C2's intrinsic returns another operand's bits when both are NaNs.
     */
    @Stand({Math.class, StrictMath.class})
    public static float max(float a, float b) {
        return FloatBits.max(a, b);
    }

    /** As {@link #max(float, float)}, {@code -0.0f} below {@code 0.0f}. */
    @Stand({Math.class, StrictMath.class})
    public static float min(float a, float b) {
        return FloatBits.min(a, b);
    }

    /** As {@link #max(float, float)}, for doubles. */
    @Stand({Math.class, StrictMath.class})
    public static double max(double a, double b) {
        return FloatBits.max(a, b);
    }

    /** As {@link #max(float, float)}, for doubles, {@code -0.0} below {@code 0.0}. */
    @Stand({Math.class, StrictMath.class})
    public static double min(double a, double b) {
        return FloatBits.min(a, b);
    }

    /**
     * {@code Math.ulp(float)}, a NaN's sign bit cleared: JDK 17's returns {@code Math.abs(f)} for a NaN or
     * an infinity, with the compiler-dependent sign of {@link #abs(float)}.
     */
    @Stand({Math.class, StrictMath.class})
    public static float ulp(float f) {
        return FloatBits.ulp(f);
    }
}
