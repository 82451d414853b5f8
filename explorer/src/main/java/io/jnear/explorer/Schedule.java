package io.jnear.explorer;

import java.util.ArrayList;
import java.util.List;

/**
 * One way the actors' transactions and the receipts in flight can interleave: a plan per block, from
 * the starting sandbox. After the last plan the chain runs until nothing is in flight.
 */
public record Schedule(List<BlockPlan> blocks) {
    public Schedule {
        blocks = List.copyOf(blocks);
    }

    /** How many transactions the schedule sends. */
    public int transactionCount() {
        int count = 0;
        for (BlockPlan b : blocks) {
            count += b.submissions().size();
        }
        return count;
    }

    Schedule withBlock(int index, BlockPlan plan) {
        List<BlockPlan> copy = new ArrayList<>(blocks);
        copy.set(index, plan);
        return new Schedule(copy);
    }

    Schedule withoutBlock(int index) {
        List<BlockPlan> copy = new ArrayList<>(blocks);
        copy.remove(index);
        return new Schedule(copy);
    }

    Schedule truncated(int size) {
        return new Schedule(blocks.subList(0, Math.min(size, blocks.size())));
    }
}
