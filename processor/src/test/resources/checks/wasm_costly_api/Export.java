package org.teavm.interop;

/** Stands in for TeaVM's annotation: its presence says the project builds Wasm. */
public @interface Export {
    String name();
}
