package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;
import io.jnear.sdk.collections.LookupMap;
import io.jnear.sdk.collections.LookupSet;
import io.jnear.sdk.collections.Vector;

@Contract
public class C {
    LookupMap<String, Long> balances = new LookupMap<>("b");
    Vector<String> names = new Vector<>("bn"); //- //! ERROR jnear/prefix-overlap "Collection names has storage prefix \"bn\", which starts with the prefix \"b\" of collection balances"
    Vector<String> names = new Vector<>("n"); //+
    LookupSet<String> admins;

    C() {
    }

    @Init
    public C(String admin) {
        admins = new LookupSet<>("b"); //- //! ERROR jnear/prefix-overlap "is the same as"
        admins = new LookupSet<>("a"); //+
        admins.insert(admin);
    }

    public void add(String name) {
        names.push(name);
        balances.insert(name, 0L);
    }
}
