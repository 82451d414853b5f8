package io.jnear.runtime.isolation;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Spliterator;

/**
 * Clearing a hash map or set in time proportional to what it holds. {@code HashMap.clear()} stores null in
 * every slot of its table, which never shrinks, so a map once grown to a million slots would cost a million
 * stores to clear however few entries it holds. Contract code's hash maps and sets are the JDK's linked ones
 * (see {@code MeteringTransformer}): removing their entries along the links first leaves the JDK's clear
 * nothing to do, as it skips the table of an empty map.
 */
final class HashTables {
    private HashTables() {
    }

    /**
     * Empties {@code o} entry by entry if it is a linked hash map or set, a key set, values or entries of
     * one, or a {@code Collections} wrapper that clears one (its elements' spliterator is made from their
     * iterator, as a linked table's is); leaves anything else to its own {@code clear()}.
     */
    static void emptyAlongLinks(Object o) {
        String name = o.getClass().getName();
        boolean linked = o instanceof LinkedHashMap<?, ?> || o instanceof LinkedHashSet<?>
                || name.startsWith("java.util.LinkedHashMap$Linked");
        Iterable<?> elements = o instanceof Map<?, ?> m ? m.keySet() : o instanceof Collection<?> c ? c : null;
        // a synchronized or checked wrapper, or a set made from a map, clears what it wraps; an unmodifiable one
        // refuses before any walk
        boolean wrapsLinked = name.startsWith("java.util.Collections$") && !name.contains("Unmodifiable")
                && elements != null && ofLinkedTable(elements.spliterator());
        if (elements == null || !linked && !wrapsLinked) {
            return;
        }
        // an iterator's removal finds the entry by the hash it stored: no contract hashCode or equals runs
        for (Iterator<?> each = elements.iterator(); each.hasNext(); ) {
            each.next();
            each.remove();
        }
    }

    /**
     * True if {@code spliterator} is a linked hash table's: the JDK makes those from the table's iterator and
     * says they keep its order; the ones it makes so for a map's plain key set, values or entries do not.
     */
    static boolean ofLinkedTable(Spliterator<?> spliterator) {
        return madeFromIterator(spliterator) && spliterator.hasCharacteristics(Spliterator.ORDERED);
    }

    /** True if {@code spliterator} was made from its collection's iterator, and asks the collection its size. */
    static boolean madeFromIterator(Spliterator<?> spliterator) {
        return spliterator.getClass().getName().equals("java.util.Spliterators$IteratorSpliterator");
    }
}
