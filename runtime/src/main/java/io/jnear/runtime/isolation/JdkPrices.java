package io.jnear.runtime.isolation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.Type;

/**
 * Which allow-listed JDK methods do work that grows with their input, and how {@link MeteringTransformer}
 * prices a contract's call of one (through {@link JdkWork}, before the call): by the content of what it
 * is given, by a product of two sizes (substring search, list-in-list), as a search (hashing for a set, a
 * scan for a list), as a sort, by a count it is given. It also names the calls that grow a collection,
 * so their growth counts toward the memory limit. Methods with a stand-in in {@link MeteredJdk} are
 * priced there instead.
 *
 * <p>The table comes from a survey of the allow-listed classes for methods whose running time grows with
 * their input: strings and builders, collections, maps, {@code Collections}, {@code Arrays},
 * {@code System.arraycopy}, {@code Objects}, big numbers and bit sets; then hex and base64 coding, number
 * parsing, byte buffers and random bytes. Methods that take a contract lambda
 * ({@code forEach}, {@code removeIf}, {@code computeIfAbsent}) pay for each element through the lambda's
 * own instructions; a method the survey missed costs what any JDK call costs.
 */
final class JdkPrices {
    /** How a call is priced: the {@link JdkWork} method called with the call's operands. */
    enum Shape {
        /** Every reference operand (the receiver and the arguments) is read once. */
        CONTENT,
        /** Every reference argument, not the receiver, is read once ({@code startsWith}: its argument only). */
        ARGUMENTS,
        /** The receiver times the reference arguments (or the receiver alone). */
        PRODUCT,
        /** A lookup of the first reference argument in the receiver. */
        SEARCH,
        /** Two collections against each other: the receiver and the first argument, or the first two arguments. */
        BULK,
        /** Sorting the first reference operand. */
        SORT,
        /** The square of the receiver's (or the first argument's) size. */
        SQUARE,
        /** The last int argument is a count of elements (or of digits, for a scale). */
        COUNT,
        /** What follows the first int argument (an index) in the receiver: what inserting or removing there shifts. */
        TAIL,
        /** The second and third arguments are a range ({@code fill(a, from, to, v)}). */
        RANGE,
        /** The first reference argument is decimal digits parsed into a big number: quadratic in them. */
        DIGITS,
        /** The first int argument is an index a linked list walks to from its nearer end. */
        WALK,
        /** The receiver's size, which a sorted map's or set's range view counts by walking the range. */
        SIZE,
        /** Emptying the receiver: each element, and a hash table's every slot. */
        CLEAR
    }

    /**
     * How big a string or array a call returns, known from its operands before it runs, so the memory limit
     * refuses a huge result before the JDK allocates it: the {@link JdkWork} method that counts it.
     */
    enum Result {
        /** Two bytes per character of the receiver ({@code toCharArray}). */
        RECEIVER_CHARS,
        /** At least a byte per character of the receiver ({@code getBytes}). */
        RECEIVER_BYTES,
        /** Two bytes per character of the first argument ({@code String.valueOf(char[])}). */
        ARGUMENT_CHARS,
        /** The elements and a delimiter between each two ({@code String.join}). */
        JOINED,
        /** The receiver's characters and the argument's ({@code concat}). */
        CONCATENATED,
        /** Every byte of the argument in the receiver's hex format ({@code HexFormat.formatHex(byte[])}). */
        HEX,
        /** At least one digit per element and a separator between each two ({@code Arrays.toString(int[])}). */
        NUMBERS
    }

    /** One row: calls of {@code names} on a subtype of {@code family} (or with {@code descriptor} only). */
    private record Rule(Class<?> family, Set<String> names, String descriptor, Shape shape) {
    }

    private static final List<Rule> RULES = new ArrayList<>();
    /** Calls whose result's size is known before they run, by owner, name and descriptor. */
    private static final Map<String, Result> RESULTS = new java.util.HashMap<>();
    /** Methods that grow their receiver: its footprint is compared before and after. */
    private static final List<Rule> GROWING = new ArrayList<>();
    private static final Map<String, Class<?>> JDK_CLASSES = new ConcurrentHashMap<>();
    /**
     * The static types a sorted map's or set's range view ({@code headMap(k)}, its key set, its values) can
     * be called through: only their {@code size()} is priced, so a list's or a hash map's stays a plain call.
     */
    private static final Set<String> VIEW_TYPES = Set.of("java/util/Collection", "java/util/Set",
            "java/util/SortedSet", "java/util/NavigableSet", "java/util/TreeSet", "java/util/AbstractCollection",
            "java/util/AbstractSet", "java/util/Map", "java/util/SortedMap", "java/util/NavigableMap",
            "java/util/TreeMap", "java/util/AbstractMap", "java/util/SequencedCollection",
            "java/util/SequencedSet", "java/util/SequencedMap");

    static {
        // strings and builders: a scan of the receiver and the arguments
        price(CharSequence.class, Shape.CONTENT, "equals", "equalsIgnoreCase", "contentEquals", "compareTo",
                "compareToIgnoreCase", "compare", "hashCode", "strip", "stripLeading", "stripTrailing", "trim",
                "isBlank", "toLowerCase", "toUpperCase", "toCharArray", "getBytes", "chars", "codePoints", "lines",
                "concat", "indent", "stripIndent", "translateEscapes", "join", "valueOf", "copyValueOf",
                "reverse", "codePointCount", "offsetByCodePoints", "replace");
        price(CharSequence.class, Shape.ARGUMENTS, "startsWith", "endsWith", "regionMatches", "append");
        // copying a range of characters out: getChars(from, to, dst, at)
        price(CharSequence.class, Shape.RANGE, "getChars");
        // shifting what follows the index
        price(CharSequence.class, Shape.TAIL, "insert", "delete", "deleteCharAt");
        // naive substring search compares at every position: n·m at worst ("aaa…a".indexOf("aa…ab"))
        price(CharSequence.class, Shape.PRODUCT, "indexOf", "lastIndexOf", "contains");
        priceDescriptor(String.class, "replace", "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;",
                Shape.PRODUCT);
        // collections: by index, a shift of what follows; by value, a hash or a scan
        priceDescriptor(List.class, "remove", "(I)Ljava/lang/Object;", Shape.TAIL);
        priceDescriptor(List.class, "add", "(ILjava/lang/Object;)V", Shape.TAIL);
        priceDescriptor(List.class, "addAll", "(ILjava/util/Collection;)Z", Shape.TAIL);
        // a view from an index: clearing it shifts what follows in the list it views
        priceDescriptor(List.class, "subList", "(II)Ljava/util/List;", Shape.TAIL);
        priceDescriptor(List.class, "get", "(I)Ljava/lang/Object;", Shape.WALK);
        priceDescriptor(List.class, "set", "(ILjava/lang/Object;)Ljava/lang/Object;", Shape.WALK);
        priceDescriptor(List.class, "listIterator", "(I)Ljava/util/ListIterator;", Shape.WALK);
        price(Collection.class, Shape.SEARCH, "contains", "indexOf", "lastIndexOf", "remove", "removeFirstOccurrence",
                "removeLastOccurrence");
        price(Collection.class, Shape.BULK, "containsAll", "removeAll", "retainAll");
        price(Collection.class, Shape.CONTENT, "equals", "hashCode", "toString", "toArray", "copyOf");
        price(Collection.class, Shape.ARGUMENTS, "addAll");
        price(Collection.class, Shape.CLEAR, "clear");
        price(Map.class, Shape.CLEAR, "clear");
        price(List.class, Shape.SORT, "sort");
        price(Map.class, Shape.SEARCH, "containsKey", "get", "getOrDefault", "remove", "put", "putIfAbsent");
        price(Map.class, Shape.CONTENT, "equals", "hashCode", "toString", "containsValue", "copyOf");
        price(Map.class, Shape.ARGUMENTS, "putAll");
        price(Collections.class, Shape.SEARCH, "frequency");
        price(Collections.class, Shape.CONTENT, "reverse", "fill", "copy", "rotate", "max", "min",
                "addAll", "indexOfSubList", "lastIndexOfSubList", "replaceAll", "shuffle");
        price(Collections.class, Shape.SORT, "sort");
        price(Collections.class, Shape.BULK, "disjoint");
        // arrays
        price(Arrays.class, Shape.CONTENT, "equals", "deepEquals", "hashCode", "deepHashCode", "toString",
                "deepToString", "mismatch", "compare", "compareUnsigned", "copyOf", "copyOfRange");
        price(Arrays.class, Shape.SORT, "sort");
        priceFill();
        priceDescriptor(System.class, "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", Shape.COUNT);
        price(Objects.class, Shape.CONTENT, "equals", "deepEquals", "hashCode", "hash", "toString", "compare");
        price(Object.class, Shape.CONTENT, "equals");
        // numbers parsed from text: a scan of it (leading zeros are allowed, so it can be long)
        price(Number.class, Shape.CONTENT, "parseInt", "parseLong", "parseShort", "parseByte", "parseUnsignedInt",
                "parseUnsignedLong", "parseDouble", "parseFloat", "decode");
        for (Class<?> box : List.of(Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class)) {
            priceDescriptor(box, "valueOf", "(Ljava/lang/String;)L" + Type.getInternalName(box) + ";", Shape.CONTENT);
            priceDescriptor(box, "valueOf", "(Ljava/lang/String;I)L" + Type.getInternalName(box) + ";", Shape.CONTENT);
        }
        // decimal text to a big number multiplies the number so far by each group of digits
        for (String digits : List.of("(Ljava/lang/String;)V", "(Ljava/lang/String;I)V")) {
            priceDescriptor(BigInteger.class, "<init>", digits, Shape.DIGITS);
        }
        for (String digits : List.of("(Ljava/lang/String;)V", "(Ljava/lang/String;Ljava/math/MathContext;)V", "([C)V",
                "([CII)V", "([CLjava/math/MathContext;)V", "([CIILjava/math/MathContext;)V")) {
            priceDescriptor(BigDecimal.class, "<init>", digits, Shape.DIGITS);
        }
        // hex: every byte takes the format's prefix, two digits, its suffix and a delimiter
        price(HexFormat.class, Shape.PRODUCT, "formatHex");
        price(HexFormat.class, Shape.CONTENT, "parseHex");
        price(java.util.Base64.Encoder.class, Shape.CONTENT, "encode", "encodeToString");
        price(java.util.Base64.Decoder.class, Shape.CONTENT, "decode");
        price(ByteBuffer.class, Shape.ARGUMENTS, "put", "get");
        price(ByteBuffer.class, Shape.CONTENT, "equals", "hashCode", "compareTo", "mismatch", "compact");
        price(Random.class, Shape.CONTENT, "nextBytes");
        price(SplittableRandom.class, Shape.CONTENT, "nextBytes");
        // big numbers: linear in their words, quadratic where schoolbook is
        priceDescriptor(BigInteger.class, "toString", "(Ljava/math/BigInteger;I)Ljava/lang/String;", Shape.SQUARE);
        price(BigInteger.class, Shape.CONTENT, "add", "subtract", "negate", "abs", "compareTo", "equals",
                "hashCode", "and", "or", "xor", "not", "andNot", "bitCount", "shiftRight", "toByteArray", "min",
                "max", "setBit", "clearBit", "flipBit", "getLowestSetBit", "longValueExact", "intValueExact",
                "doubleValue", "floatValue");
        price(BigInteger.class, Shape.SQUARE, "sqrt", "sqrtAndRemainder", "gcd", "modInverse", "isProbablePrime",
                "nextProbablePrime");
        // printing a big number divides it down to decimal digits
        price(BigDecimal.class, Shape.SQUARE, "toString", "toPlainString", "toEngineeringString");
        price(BigDecimal.class, Shape.CONTENT, "add", "subtract", "negate", "abs", "compareTo", "equals",
                "hashCode", "toBigInteger",
                "toBigIntegerExact", "stripTrailingZeros", "min", "max", "round", "precision", "unscaledValue",
                "longValueExact", "intValueExact", "doubleValue", "floatValue", "longValue", "intValue");
        // a new scale of n digits is a multiplication by 10^n
        price(BigDecimal.class, Shape.COUNT, "setScale", "movePointLeft", "movePointRight", "scaleByPowerOfTen");
        price(BigDecimal.class, Shape.PRODUCT, "multiply", "divide", "divideToIntegralValue", "remainder",
                "divideAndRemainder", "sqrt");
        // a capacity asked for is allocated at once
        price(StringBuilder.class, Shape.COUNT, "setLength", "ensureCapacity");
        price(java.util.ArrayList.class, Shape.COUNT, "ensureCapacity");
        price(BitSet.class, Shape.CONTENT, "and", "or", "xor", "andNot", "intersects", "cardinality", "equals",
                "hashCode", "toString", "toByteArray", "toLongArray", "length");

        result("java/lang/String.toCharArray()[C", Result.RECEIVER_CHARS);
        for (String charset : List.of("Ljava/nio/charset/Charset;", "Ljava/lang/String;")) {
            result("java/lang/String.getBytes(" + charset + ")[B", Result.RECEIVER_BYTES);
        }
        result("java/lang/String.valueOf([C)Ljava/lang/String;", Result.ARGUMENT_CHARS);
        result("java/lang/String.copyValueOf([C)Ljava/lang/String;", Result.ARGUMENT_CHARS);
        result("java/lang/String.join(Ljava/lang/CharSequence;[Ljava/lang/CharSequence;)Ljava/lang/String;",
                Result.JOINED);
        // String.join(CharSequence, Iterable) is MeteredJdk's: one walk of the elements, counted before the join
        result("java/lang/String.concat(Ljava/lang/String;)Ljava/lang/String;", Result.CONCATENATED);
        result("java/util/HexFormat.formatHex([B)Ljava/lang/String;", Result.HEX);
        for (String array : List.of("[I", "[J", "[S", "[B", "[C", "[Z", "[F", "[D")) {
            result("java/util/Arrays.toString(" + array + ")Ljava/lang/String;", Result.NUMBERS);
        }

        grows(Collection.class, "add", "addAll", "addFirst", "addLast", "offer", "offerFirst", "offerLast",
                "push");
        grows(Map.class, "put", "putAll", "putIfAbsent", "merge", "compute", "computeIfAbsent", "putFirst",
                "putLast");
        grows(StringBuilder.class, "append", "appendCodePoint", "insert", "repeat", "setLength",
                "ensureCapacity", "replace");
        grows(BitSet.class, "set", "flip", "or", "xor");
        grows(java.io.ByteArrayOutputStream.class, "write", "writeBytes");
        grows(Collections.class, "addAll");
    }

    private JdkPrices() {
    }

    private static void price(Class<?> family, Shape shape, String... names) {
        RULES.add(new Rule(family, Set.of(names), null, shape));
    }

    private static void priceDescriptor(Class<?> family, String name, String descriptor, Shape shape) {
        // first, so it decides before the rule for every overload of the name
        RULES.add(0, new Rule(family, Set.of(name), descriptor, shape));
    }

    private static void priceFill() {
        for (String array : List.of("[Z", "[B", "[C", "[S", "[I", "[J", "[F", "[D", "[Ljava/lang/Object;")) {
            String element = array.length() == 2 ? array.substring(1) : "Ljava/lang/Object;";
            priceDescriptor(Arrays.class, "fill", "(" + array + "II" + element + ")V", Shape.RANGE);
            priceDescriptor(Arrays.class, "fill", "(" + array + element + ")V", Shape.CONTENT);
        }
    }

    private static void result(String call, Result result) {
        RESULTS.put(call, result);
    }

    /** The size of what a call of {@code owner.name descriptor} returns, if known before it runs; else null. */
    static Result result(String owner, String name, String descriptor) {
        return RESULTS.get(owner + "." + name + descriptor);
    }

    private static void grows(Class<?> family, String... names) {
        GROWING.add(new Rule(family, Set.of(names), null, null));
    }

    /** How a call of {@code owner.name descriptor} is priced, or null if it costs no more than any call. */
    static Shape shape(String owner, String name, String descriptor) {
        if (name.equals("size") && descriptor.equals("()I")) {
            return VIEW_TYPES.contains(owner) ? Shape.SIZE : null;
        }
        Rule rule = find(RULES, owner, name, descriptor);
        return rule == null ? null : rule.shape;
    }

    /** True if a call of {@code owner.name} may grow its receiver (an instance call). */
    static boolean grows(String owner, String name, String descriptor) {
        return find(GROWING, owner, name, descriptor) != null;
    }

    /** True if {@code owner} is a JDK exception or error class, whose constructor records the stack. */
    static boolean isThrowable(String owner) {
        Class<?> type = jdkClass(owner);
        return type != null && Throwable.class.isAssignableFrom(type);
    }

    /** True if {@code owner} is a JDK collection, map or map entry type. */
    static boolean isContainer(String owner) {
        Class<?> type = jdkClass(owner);
        return type != null && MeteredJdk.isContainer(type);
    }

    private static Rule find(List<Rule> rules, String owner, String name, String descriptor) {
        Class<?> type = jdkClass(owner);
        if (type == null) {
            return null;
        }
        for (Rule rule : rules) {
            if (rule.names.contains(name) && rule.family.isAssignableFrom(type)
                    && (rule.descriptor == null || rule.descriptor.equals(descriptor))) {
                return rule;
            }
        }
        return null;
    }

    /** The JDK class {@code owner} names, or null if it is not one (arrays, the contract's own classes). */
    private static Class<?> jdkClass(String owner) {
        if (!owner.startsWith("java/")) {
            return null;
        }
        Class<?> type = JDK_CLASSES.computeIfAbsent(owner, o -> {
            try {
                return Class.forName(Type.getObjectType(o).getClassName(), false, null);
            } catch (ClassNotFoundException e) {
                return Void.class;
            }
        });
        return type == Void.class ? null : type;
    }
}
