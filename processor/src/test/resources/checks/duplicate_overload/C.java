package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void put(String key) {
    }

    public void put(String key, String value) { //- //! ERROR jnear/duplicate-name "Method put(String, String) is exported as \"put\", which method put(String) already uses"
    @Name("put_pair") public void put(String key, String value) { //+
    }
}
