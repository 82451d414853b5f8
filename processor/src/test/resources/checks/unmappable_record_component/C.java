package test;

import io.jnear.annotations.*;
import io.jnear.sdk.*;
import java.util.*;

@Contract
public class C {
    public record Job(String name, StringBuilder worker) { //-
    public record Job(String name, String worker) { //+
    }

    public void submit(Job job) { //- //! ERROR jnear/unmappable-type "Parameter job has type test.C.Job, which cannot be mapped to JSON: its property worker has type java.lang.StringBuilder, which cannot be mapped: java.lang.StringBuilder has no JSON form here. Use a record of plain values"
    public void submit(Job job) { //+
    }
}
