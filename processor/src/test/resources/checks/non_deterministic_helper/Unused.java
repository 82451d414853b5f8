package lib;

// No contract reaches this class, so the processor does not read it (in either variant).
public final class Unused {
    private Unused() {
    }

    public static long now() {
        return System.currentTimeMillis();
    }
}
