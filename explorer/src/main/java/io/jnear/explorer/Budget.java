package io.jnear.explorer;

/**
 * How much searching to do, counted in work rather than time so a search ends in the same place on any
 * machine: complete schedules checked, and blocks produced (the search's unit of work).
 *
 * @param schedules most complete schedules to check
 * @param blocks most blocks to produce across all branches
 */
public record Budget(long schedules, long blocks) {
    public Budget {
        if (schedules <= 0 || blocks <= 0) {
            throw new IllegalArgumentException("A budget must be positive: " + schedules + " schedules, "
                    + blocks + " blocks");
        }
    }

    public static Budget schedules(long schedules) {
        return new Budget(schedules, Long.MAX_VALUE);
    }

    public static Budget blocks(long blocks) {
        return new Budget(Long.MAX_VALUE, blocks);
    }
}
