package io.jnear.runtime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnear.sdk.U128;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * A {@link YoctoSum} (and so the {@link YoctoTally} it computes with) is the exact sum BigInteger computes, also
 * past 2^128 and below zero.
 */
class YoctoSumPropertiesTest {
    private static final BigInteger TWO_TO_128 = BigInteger.ONE.shiftLeft(128);

    /** A u128 from two 64-bit halves: jqwik's edge cases for longs (0, -1, MIN, MAX) give 2^64 - 1, 2^127 and such. */
    @Provide
    Arbitrary<U128> amounts() {
        Arbitrary<Long> half = Arbitraries.longs();
        return Combinators.combine(half, half).as(U128::ofBits);
    }

    /** An amount with the sign it is summed with. */
    record Term(boolean add, U128 amount) {
    }

    @Provide
    Arbitrary<Term> terms() {
        return Combinators.combine(Arbitraries.of(true, false), amounts()).as(Term::new);
    }

    @Property
    void aSumOfAmountsIsTheirExactSum(@ForAll @Size(max = 40) List<@From("terms") Term> terms) {
        YoctoSum sum = YoctoSum.ZERO;
        BigInteger exact = BigInteger.ZERO;
        for (Term t : terms) {
            sum = t.add() ? sum.plus(t.amount()) : sum.minus(t.amount());
            exact = t.add() ? exact.add(t.amount().asBigInteger()) : exact.subtract(t.amount().asBigInteger());
            assertEquals(exact, sum.asBigInteger());
        }
        assertEquals(exact.toString(), sum.toString());
        boolean fits = exact.signum() >= 0 && exact.compareTo(TWO_TO_128) < 0;
        U128 wrapped = U128.of(exact.mod(TWO_TO_128));
        assertEquals(fits, sum.isExactly(wrapped), "a sum past 2^128 or below zero is not its low 128 bits");
    }

    @Property
    void aTallyChangedInPlaceKeepsTheExactSumAndItsCopyGoesItsOwnWay(
            @ForAll @Size(max = 40) List<@From("terms") Term> terms) {
        YoctoTally tally = new YoctoTally();
        YoctoTally copy = tally.copy();
        BigInteger exact = BigInteger.ZERO;
        BigInteger atCopy = BigInteger.ZERO;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.add()) {
                tally.add(t.amount());
                exact = exact.add(t.amount().asBigInteger());
            } else {
                tally.subtract(t.amount());
                exact = exact.subtract(t.amount().asBigInteger());
            }
            if (i == terms.size() / 2) {
                copy = tally.copy();
                atCopy = exact;
            }
        }
        assertEquals(exact, tally.sum().asBigInteger());
        assertEquals(exact.toString(), tally.toString());
        assertEquals(atCopy, copy.sum().asBigInteger());
        assertEquals(exact.subtract(atCopy), tally.copy().subtract(copy).sum().asBigInteger());
        assertEquals(exact.add(atCopy), new YoctoTally(tally.sum()).add(copy).sum().asBigInteger());
    }

    @Property
    void sumsAddAndSubtractAsTheirValues(@ForAll @Size(max = 6) List<@From("terms") Term> left,
            @ForAll @Size(max = 6) List<@From("terms") Term> right) {
        YoctoSum a = sumOf(left);
        YoctoSum b = sumOf(right);
        assertEquals(a.asBigInteger().add(b.asBigInteger()), a.plus(b).asBigInteger());
        assertEquals(a.asBigInteger().subtract(b.asBigInteger()), a.minus(b).asBigInteger());
        assertEquals(a.asBigInteger().equals(b.asBigInteger()), a.equals(b));
        assertEquals(a, a.minus(b).plus(b));
        assertEquals(a.hashCode(), a.minus(b).plus(b).hashCode());
    }

    @Property
    void aSumIsExactlyOnlyTheAmountItEquals(@ForAll("amounts") U128 amount, @ForAll("amounts") U128 other) {
        YoctoSum sum = YoctoSum.of(amount);
        assertTrue(sum.isExactly(amount));
        assertEquals(amount.equals(other), sum.isExactly(other));
        assertEquals(amount.asBigInteger(), sum.asBigInteger());
        assertEquals(amount.toString(), sum.toString());
    }

    @Test
    void carriesAndBorrowsCrossEveryWord() {
        YoctoSum max = YoctoSum.of(U128.MAX);
        assertEquals(TWO_TO_128, max.plus(U128.of(1)).asBigInteger());
        assertEquals(TWO_TO_128.shiftLeft(1).subtract(BigInteger.TWO), max.plus(U128.MAX).asBigInteger());
        assertFalse(max.plus(U128.of(1)).minus(U128.of(1)).plus(U128.of(1)).isExactly(U128.ZERO));
        assertEquals(BigInteger.ONE.negate(), YoctoSum.ZERO.minus(U128.of(1)).asBigInteger());
        assertEquals("-340282366920938463463374607431768211455", YoctoSum.ZERO.minus(U128.MAX).toString());
        // a borrow from the high word into the low one, and one from the top into the high one
        assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
                YoctoSum.of(U128.ofBits(1, 0)).minus(U128.of(1)).asBigInteger());
        assertEquals(TWO_TO_128.subtract(BigInteger.ONE),
                max.plus(U128.of(1)).minus(U128.of(1)).asBigInteger());
        assertTrue(max.plus(U128.of(1)).minus(U128.of(1)).isExactly(U128.MAX));
    }

    private static YoctoSum sumOf(List<Term> terms) {
        YoctoSum sum = YoctoSum.ZERO;
        for (Term t : terms) {
            sum = t.add() ? sum.plus(t.amount()) : sum.minus(t.amount());
        }
        return sum;
    }
}
