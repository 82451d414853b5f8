package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private String label = "";

    public void rename(String name, int n) {
        label = String.format("%s-%d", name, n); //- //! WARNING jnear/wasm-costly
        label = name + "-" + n; //+
        if (name.matches("[a-z]+")) { //- //! WARNING jnear/wasm-costly
        if (name.indexOf(' ') < 0) { //+
            label = label + "!";
        }
        if (Character.isWhitespace(name.charAt(0))) { //- //! WARNING jnear/wasm-costly
        if (name.charAt(0) == ' ') { //+
            label = label.trim();
        }
    }
}
