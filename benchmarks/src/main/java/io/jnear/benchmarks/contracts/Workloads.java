package io.jnear.benchmarks.contracts;

import io.jnear.annotations.Contract;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Work whose CPU time per unit of gas the sandbox must keep near NEAR's calibration: heavy but honest
 * computations, and adversarial ones that lean on JDK methods whose work grows with their input.
 */
@Contract
public class Workloads {
    /** Sorts {@code n} pseudo-random longs. */
    public long sortLongs(int n) {
        long[] values = new long[n];
        long x = 1;
        for (int i = 0; i < n; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            values[i] = x;
        }
        Arrays.sort(values);
        return values[n / 2];
    }

    /** 7^n. */
    public int bigIntegerPow(int n) {
        return BigInteger.valueOf(7).pow(n).bitLength();
    }

    /** Multiplies a growing number {@code n} times. */
    public int bigIntegerProduct(int n) {
        BigInteger product = BigInteger.ONE;
        for (int i = 1; i <= n; i++) {
            product = product.multiply(BigInteger.valueOf(i));
        }
        return product.bitLength();
    }

    /** Appends {@code n} numbers to a string. */
    public int stringBuilding(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',');
        }
        return sb.toString().length();
    }

    /** Recurses 900 deep, {@code n} times. */
    public int deepRecursion(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += down(900);
        }
        return total;
    }

    private int down(int depth) {
        return depth == 0 ? 0 : down(depth - 1) + 1;
    }

    /** Throws and catches {@code n} exceptions. */
    public int exceptionStorm(int n) {
        int caught = 0;
        for (int i = 0; i < n; i++) {
            try {
                fail(i);
            } catch (IllegalStateException e) {
                caught++;
            }
        }
        return caught;
    }

    private void fail(int i) {
        throw new IllegalStateException("storm");
    }

    /** Fills a hash map with {@code n} boxed entries. */
    public int hashMapFill(int n) {
        Map<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            map.put(i, i * 31);
        }
        return map.size();
    }

    /** Adversarial: one call of String.repeat for {@code n} characters. */
    public int repeatString(int n) {
        return "ab".repeat(n / 2).length();
    }

    /** Adversarial: sums a range of {@code n} longs in the JDK. */
    public long longRange(int n) {
        return LongStream.range(0, n).sum();
    }

    /** Adversarial: sorts the same {@code n} longs six times. */
    public long sortSixTimes(int n) {
        long[] values = new long[n];
        for (int round = 0; round < 6; round++) {
            Arrays.sort(values);
        }
        return values.length;
    }

    /** Adversarial: searches {@code n} characters of 'a' for a needle of a thousand 'a's and a 'b', until out of gas. */
    public int indexOfNeedle(int n) {
        String haystack = "a".repeat(n);
        String needle = "a".repeat(1_000) + "b";
        int found = 0;
        while (found >= 0) {
            found += haystack.indexOf(needle) + 2;
        }
        return found;
    }

    /** Adversarial: compares two equal strings of {@code n} characters, until out of gas. */
    public int stringEquals(int n) {
        String a = "ab".repeat(n / 2);
        String b = "ab".repeat(n / 2);
        int same = 0;
        while (same >= 0) {
            same += a.equals(b) ? 1 : 0;
        }
        return same;
    }

    /** Adversarial: looks for a missing element in a list of {@code n}, until out of gas. */
    public int listContains(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        int found = 0;
        while (found >= 0) {
            found += list.contains(-1) ? -1 : 1;
        }
        return found;
    }

    /** Adversarial: copies {@code n} ints with System.arraycopy, until out of gas. */
    public int arrayCopy(int n) {
        int[] a = new int[n];
        int[] b = new int[n];
        int copies = 0;
        while (copies >= 0) {
            System.arraycopy(a, 0, b, 0, n);
            copies++;
        }
        return copies;
    }

    /** Adversarial: adds two numbers of {@code n} bits, until out of gas. */
    public int bigIntegerAdd(int n) {
        BigInteger a = BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
        int sums = 0;
        while (sums >= 0) {
            sums += a.add(a).signum();
        }
        return sums;
    }

    /** Adversarial: grows a list of boxed numbers toward {@code n} elements (past the memory limit). */
    public int listGrowth(int n) {
        List<Long> list = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            list.add(i);
        }
        return list.size();
    }

    /** Adversarial: parses {@code n} bytes of hex (with long delimiters), until out of gas. */
    public long hexParse(int n) {
        HexFormat hex = HexFormat.ofDelimiter("-".repeat(98));
        String text = hex.formatHex(new byte[n / 100]);
        long parsed = 0;
        while (parsed >= 0) {
            parsed += hex.parseHex(text).length;
        }
        return parsed;
    }

    /** Adversarial: base64-encodes {@code n} bytes into the same array, until out of gas. */
    public int base64Encode(int n) {
        byte[] source = new byte[n];
        byte[] target = new byte[(n / 3 + 1) * 4];
        int written = 0;
        while (written >= 0) {
            written += Base64.getEncoder().encode(source, target) & 1;
        }
        return written;
    }

    /** Adversarial: parses a number of {@code n} digits, mostly leading zeros, until out of gas. */
    public long leadingZeros(int n) {
        String digits = "0".repeat(n - 1) + "7";
        long sum = 0;
        while (sum >= 0) {
            sum += Long.parseLong(digits);
        }
        return sum;
    }

    /** Heavy: parses a number of {@code n} decimal digits, and again, until out of gas. */
    public int bigIntegerParse(int n) {
        String digits = "9".repeat(n);
        int bits = 0;
        while (bits >= 0) {
            bits += new BigInteger(digits).bitLength() & 1;
        }
        return bits;
    }

    /** Adversarial: creates exceptions, without throwing them, {@code n} methods deep, until out of gas. */
    public long deepExceptions(int n) {
        return exceptionsAt(n);
    }

    private long exceptionsAt(int depth) {
        if (depth > 0) {
            return exceptionsAt(depth - 1);
        }
        long made = 0;
        while (made >= 0) {
            made += new IllegalStateException("deep").getMessage().length();
        }
        return made;
    }
}
