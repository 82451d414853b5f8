package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String label = "";
    final transient boolean loud = Character.isUpperCase('A'); //- //! WARNING jnear/wasm-costly "Character.isUpperCase() is costly"
    final transient boolean loud = 'A' >= 'A' && 'A' <= 'Z'; //+

    static final class Labels {
        @SuppressWarnings("jnear:wasm-costly")
        static String upper(String s) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public void rename(String name) {
        if (Character.isWhitespace(name.charAt(0))) { //- //! WARNING jnear/wasm-costly
        if (name.charAt(0) == ' ') { //+
            label = name.trim();
        }
        label = name.strip(); //- //! WARNING jnear/wasm-costly
        label = name.trim(); //+
        char first = Character.toUpperCase(label.charAt(0)); //- //! WARNING jnear/wasm-costly
        char first = label.charAt(0) >= 'a' && label.charAt(0) <= 'z' ? (char) (label.charAt(0) - 32) : label.charAt(0); //+
        label = first + label;
    }
}
