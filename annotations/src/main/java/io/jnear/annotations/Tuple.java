package io.jnear.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record (or class) to a JSON array of its components in declaration order, as serde maps a Rust
 * tuple such as {@code (String, i8, Vec<u32>)}: {@code record Entry(String name, byte rank, List<Integer>
 * scores)} travels as {@code ["alice", 3, [1, 2]]}. Reading wants exactly that many elements; the ABI
 * describes the type as an array with one schema per position.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Tuple {
}
