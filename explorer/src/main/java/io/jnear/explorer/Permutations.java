package io.jnear.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every order of a few items, the given order first; used for transactions sent to one receiver. */
final class Permutations {
    private Permutations() {
    }

    static <T> List<List<T>> of(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        permute(new ArrayList<>(items), 0, out);
        return out;
    }

    private static <T> void permute(List<T> items, int from, List<List<T>> out) {
        if (from >= items.size() - 1) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, out);
            Collections.swap(items, from, i);
        }
    }
}
