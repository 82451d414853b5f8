package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.Meter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Stand-ins for {@code Set.of} and {@code Set.copyOf}: the JDK's iterate in an order salted per JVM; these
 * keep the order they were given (and refuse nulls and duplicates as the JDK's do). Public only because
 * rewritten contract classes call them; contract code itself may not name this class.
 */
public final class OrderedSets {
    private OrderedSets() {
    }

    private static <E> Set<E> orderedSet(Object[] elements) {
        Meter.allocate(elements.length, 16);
        Set<E> set = new LinkedHashSet<>();
        for (Object e : elements) {
            @SuppressWarnings("unchecked")
            E element = (E) Objects.requireNonNull(e);
            if (!set.add(element)) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of() {
        return orderedSet(new Object[] {});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0) {
        return orderedSet(new Object[] {e0});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1) {
        return orderedSet(new Object[] {e0, e1});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2) {
        return orderedSet(new Object[] {e0, e1, e2});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3) {
        return orderedSet(new Object[] {e0, e1, e2, e3});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4, E e5) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4, e5});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4, E e5, E e6) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4, e5, e6});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4, e5, e6, e7});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4, e5, e6, e7, e8});
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> of(E e0, E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return orderedSet(new Object[] {e0, e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    @MeteredJdk.Stand(Set.class)
    @SafeVarargs
    public static <E> Set<E> of(E... elements) {
        return orderedSet(elements.clone());
    }

    @MeteredJdk.Stand(Set.class)
    public static <E> Set<E> copyOf(Collection<? extends E> elements) {
        Set<E> set = new LinkedHashSet<>();
        for (E e : elements) {
            set.add(Objects.requireNonNull(e));
        }
        return Collections.unmodifiableSet(set);
    }
}
