package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    String label = "";

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
