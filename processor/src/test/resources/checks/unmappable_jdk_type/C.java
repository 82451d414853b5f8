package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public java.io.InputStream open() { //- //! ERROR jnear/unmappable-type
    public byte[] open() { //+
        return null;
    }
}
