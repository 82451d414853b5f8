package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public StringBuilder open() { //- //! ERROR jnear/unmappable-type "Method open returns java.lang.StringBuilder, which cannot be mapped to JSON"
    public byte[] open() { //+
        return null;
    }
}
