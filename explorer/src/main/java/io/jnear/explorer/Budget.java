package io.jnear.explorer;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How much searching to do: complete schedules checked, blocks produced (the search's unit of work), and
 * optionally time. Work counts end a search in the same place on any machine; a time limit does not (a
 * faster machine gets further), so use it for "search as much as a CI job can afford" and keep the
 * counts for reproducible runs. Whichever limit is reached first ends the search; a counterexample found
 * is minimised and replayed the same way under either.
 *
 * @param schedules most complete schedules to check
 * @param blocks most blocks to produce across all branches
 * @param time longest the search may run, measured from its start; {@link #UNTIMED} for no limit
 */
public record Budget(long schedules, long blocks, Duration time) {

    /** No time limit. */
    public static final Duration UNTIMED = ChronoUnit.FOREVER.getDuration();

    public Budget {
        Objects.requireNonNull(time, "time");
        if (schedules <= 0 || blocks <= 0 || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("A budget must be positive: " + schedules + " schedules, "
                    + blocks + " blocks, " + (time.equals(UNTIMED) ? "no time limit" : time.toMillis() + " ms"));
        }
    }

    /** A budget of work only: schedules and blocks, no time limit. */
    public Budget(long schedules, long blocks) {
        this(schedules, blocks, UNTIMED);
    }

    public static Budget schedules(long schedules) {
        return new Budget(schedules, Long.MAX_VALUE);
    }

    public static Budget blocks(long blocks) {
        return new Budget(Long.MAX_VALUE, blocks);
    }

    /** A budget of time only: the search stops at the first choice after {@code time} has passed. */
    public static Budget time(Duration time) {
        return new Budget(Long.MAX_VALUE, Long.MAX_VALUE, time);
    }

    /** This budget with a time limit as well. */
    public Budget within(Duration limit) {
        return new Budget(schedules, blocks, limit);
    }

    boolean timed() {
        return !time.equals(UNTIMED);
    }
}
