package io.jnear.runtime.isolated;

import java.util.ArrayList;
import java.util.List;

/**
 * A contract that misbehaves on purpose: endless loops, endless recursion, giant allocations, static
 * state. Loaded by the sandbox through the metering class loader. (Contracts that use APIs the sandbox
 * refuses are in {@code io.jnear.runtime.sealing}.)
 */
public class Compute {
    private static int counter;

    public long sum(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += i % 7;
        }
        return total;
    }

    public long loopForever() {
        long x = 0;
        while (true) {
            x++;
            if (x == Long.MIN_VALUE) {
                return x;
            }
        }
    }

    public long swallowEverything() {
        long x = 0;
        while (true) {
            try {
                x += sum(100);
            } catch (Throwable t) {
                x--;
            }
            if (x == Long.MIN_VALUE) {
                return x;
            }
        }
    }

    public int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    public int allocate() {
        long[] huge = new long[200_000_000];
        return huge.length;
    }

    public int allocateInSteps() {
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            kept.add(new int[1_000_000]);
        }
        return kept.size();
    }

    public int bumpStatic() {
        return ++counter;
    }
}
