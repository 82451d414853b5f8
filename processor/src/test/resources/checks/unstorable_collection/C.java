package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import io.jnear.sdk.collections.*;
import java.util.*;

// A storage collection with entries that cannot be stored is not told to become transient.
@Contract
public class C {
    LookupMap<String, Object> notes = new LookupMap<>("n"); //- //! ERROR jnear/unstorable-field "State field notes has type io.jnear.sdk.collections.LookupMap<java.lang.String,java.lang.Object>, whose entries cannot be stored: Object says nothing about the JSON shape. Use a concrete type as its type arguments; the collection itself must stay in state"
    LookupMap<String, String> notes = new LookupMap<>("n"); //+

    public void note(String key, String text) {
        notes.insert(key, text);
    }
}
