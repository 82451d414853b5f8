package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    private record Point(int x, int y) { //-
    record Point(int x, int y) { //+
    }

    public int sum(Point p) { //! ERROR jnear/unmappable-type
        return p.x() + p.y();
    }
}
