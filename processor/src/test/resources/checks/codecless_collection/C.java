package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.borsh.BorshCodecs;
import io.jnear.sdk.collections.*;
import java.util.function.Supplier;

// Codec-less collections get codecs only as collection fields, in their initialisers or a constructor's assignments.
@Contract
public class C {
    LookupMap<String, String> notes = new LookupMap<>("n");
    Vector<U128> amounts;
    LazyOption<String> title;

    C() {
        amounts = new Vector<>("v");
        this.title = (new LazyOption<>("t"));
    }

    public void reset() {
        notes = new LookupMap<>("n"); //- //! ERROR jnear/codecless-collection "new LookupMap<>(..) without codecs takes its Borsh codecs from a collection field's type arguments"
        notes = new LookupMap<>("n", BorshCodecs.STRING, BorshCodecs.STRING); //+
    }

    public void scratch(String key) {
        LookupSet<String> seen = new LookupSet<>("s"); //- //! ERROR jnear/codecless-collection "Make it a collection field of C, or pass Borsh codecs (new LookupSet<>(\"s\", BorshCodecs.…))"
        LookupSet<String> seen = new LookupSet<>("s", BorshCodecs.STRING); //+
        seen.insert(key);
    }

    public long later() {
        Supplier<Vector<String>> make = () -> new Vector<>("w"); //- //! ERROR jnear/codecless-collection
        Supplier<Vector<String>> make = () -> new Vector<>("w", BorshCodecs.STRING); //+
        return make.get().len();
    }

    record Shelf(String name) {
        static LookupMap<String, String> index() {
            return new LookupMap<>("i"); //- //! ERROR jnear/codecless-collection
            return new LookupMap<>("i", BorshCodecs.STRING, BorshCodecs.STRING); //+
        }
    }
}
