package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public void move(Point to) { //- //! ERROR jnear/unmappable-type
    public void move(Point to) { //+
    }
}
