package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    ArrayList<String> names = new ArrayList<>();
    LinkedList<Long> queue = new LinkedList<>();
    TreeMap<String, Long> totals = new TreeMap<>();
    LinkedHashMap<AccountId, U128> balances = new LinkedHashMap<>();
    TreeSet<String> tags = new TreeSet<>();
    LinkedHashSet<U128> amounts = new LinkedHashSet<>();
    HashMap<String, Long> scores = new HashMap<>(); //- //! ERROR jnear/unstorable-field "java.util.HashMap has no JSON form here"
    TreeMap<String, Long> scores = new TreeMap<>(); //+

    public void add(ArrayList<String> more, TreeMap<String, Long> counts, LinkedHashSet<U128> values) {
        names.addAll(more);
        totals.putAll(counts);
        amounts.addAll(values);
        scores.put("n", (long) names.size());
    }

    @SuppressWarnings("rawtypes")
    public void tag(TreeSet more) { //- //! ERROR jnear/unmappable-type "it is a raw type"
    public void tag(TreeSet<String> more) { //+
        tags.addAll(more);
    }

    @View
    public TreeMap<String, Long> totals() {
        return totals;
    }

    @View
    public LinkedHashMap<AccountId, U128> balances() {
        return balances;
    }

    @View
    public LinkedList<Long> queue() {
        return queue;
    }
}
