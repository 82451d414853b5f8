package io.jnear.sdk;

/**
 * Attack fixture: a class that claims the SDK's package from outside the SDK's jar, to reach its
 * package-private host access. The sandbox refuses contract code that names it.
 */
public final class Smuggled {
    private Smuggled() {
    }

    public static String steal() {
        return HostBinding.host().currentAccountId().toString();
    }
}
