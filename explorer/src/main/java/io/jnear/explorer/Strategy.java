package io.jnear.explorer;

/** The order the search visits schedules in. */
public enum Strategy {
    /** Follows one schedule to its end before the next: least memory, one fork per choice. */
    DEPTH_FIRST,
    /** Visits all schedules block by block: the first counterexample found has the fewest blocks. */
    BREADTH_FIRST
}
