package io.jnear.runtime.isolation;

import io.jnear.sdk.spi.Meter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-ins for {@code Map.of}, {@code Map.ofEntries} and {@code Map.copyOf}: the JDK's iterate in an order salted per JVM; these
 * keep the order they were given (and refuse nulls and duplicates as the JDK's do). Public only because
 * rewritten contract classes call them; contract code itself may not name this class.
 */
public final class OrderedMaps {
    private OrderedMaps() {
    }

    private static <K, V> Map<K, V> orderedMap(Object[] keysAndValues) {
        Meter.allocate(keysAndValues.length, 16);
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            K key = (K) Objects.requireNonNull(keysAndValues[i]);
            @SuppressWarnings("unchecked")
            V value = (V) Objects.requireNonNull(keysAndValues[i + 1]);
            if (map.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("duplicate key: " + key);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of() {
        return orderedMap(new Object[] {});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0) {
        return orderedMap(new Object[] {k0, v0});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1) {
        return orderedMap(new Object[] {k0, v0, k1, v1});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4, k5, v5});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8});
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> of(K k0, V v0, K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) {
        return orderedMap(new Object[] {k0, v0, k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9});
    }

    @MeteredJdk.Stand(Map.class)
    @SafeVarargs
    public static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        Object[] keysAndValues = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            keysAndValues[2 * i] = entries[i].getKey();
            keysAndValues[2 * i + 1] = entries[i].getValue();
        }
        return orderedMap(keysAndValues);
    }

    @MeteredJdk.Stand(Map.class)
    public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        Map<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }
}
