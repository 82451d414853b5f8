package io.jnear.runtime.isolation;

import java.util.Collection;
import java.util.Map;
import java.util.Spliterator;
import java.util.TreeSet;

/**
 * Which JDK collections and maps count their elements by walking them: a {@code TreeMap}'s or
 * {@code TreeSet}'s range views ({@code headMap}, {@code tailSet}, {@code subMap}, a descending view of a
 * range), their key sets, values and entries, and the {@code Collections} wrappers of those. Every other
 * JDK collection keeps its size in a field, and {@link JdkWork} reads it as it is.
 */
final class RangeViews {
    /** Classes whose {@code size()} may walk: range views and what they are wrapped in; the rest never do. */
    private static final ClassValue<Boolean> MAY_WALK = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String name = type.getName();
            return type == TreeSet.class
                    || name.startsWith("java.util.TreeMap$") && !name.equals("java.util.TreeMap$Values")
                            && !name.equals("java.util.TreeMap$EntrySet")
                    // the key set and values of a map that makes none of its own: a range view's
                    || name.startsWith("java.util.AbstractMap$")
                    || name.startsWith("java.util.Collections$");
        }
    };

    private RangeViews() {
    }

    /**
     * True if {@code o}, a collection or map, would count its elements one by one. A view's spliterator
     * tells without a walk: the JDK gives a sized one only to a tree, or a descending view, that spans the
     * whole map; one made from the iterator (a range's values or entries) claims a size it would ask the
     * view for, unless it is a linked hash table's, which keeps its size.
     */
    static boolean mayWalkToCount(Object o) {
        if (!MAY_WALK.get(o.getClass())) {
            return false;
        }
        Spliterator<?> spliterator = o instanceof Map<?, ?> m ? m.keySet().spliterator()
                : ((Collection<?>) o).spliterator();
        return !spliterator.hasCharacteristics(Spliterator.SIZED)
                || HashTables.madeFromIterator(spliterator) && !HashTables.ofLinkedTable(spliterator);
    }
}
