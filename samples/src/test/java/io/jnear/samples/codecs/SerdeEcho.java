package io.jnear.samples.codecs;

import io.jnear.annotations.Contract;
import io.jnear.annotations.Tuple;
import io.jnear.annotations.View;
import io.jnear.sdk.Gas;
import io.jnear.sdk.NearToken;
import io.jnear.sdk.U128;
import io.jnear.sdk.U16;
import io.jnear.sdk.U32;
import io.jnear.sdk.U64;
import io.jnear.sdk.U64Number;
import io.jnear.sdk.U8;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One view per Rust type of the SDK's serde table, each giving back its argument: what the generated codecs
 * read and write, in whichever build runs the contract ({@link SerdeEchoTest}).
 */
@Contract
public class SerdeEcho {
    /** Rust's {@code enum Color { RED, GREEN }}. */
    public enum Color { RED, GREEN }

    /** {@code struct Person { name: String, age: i32, note: Option<String> }}. */
    public record Person(String name, int age, Optional<String> note) {
    }

    /** {@code struct Empty {}}. */
    public record Empty() {
    }

    /** The tuple {@code (String, i8, Vec<u32>)}. */
    @Tuple
    public record Triple(String name, byte rank, List<U32> scores) {
    }

    @View
    public boolean bool(boolean value) {
        return value;
    }

    @View
    public byte i8(byte value) {
        return value;
    }

    @View
    public short i16(short value) {
        return value;
    }

    @View
    public int i32(int value) {
        return value;
    }

    @View
    public long i64(long value) {
        return value;
    }

    @View
    public U8 u8(U8 value) {
        return value;
    }

    @View
    public U16 u16(U16 value) {
        return value;
    }

    @View
    public U32 u32(U32 value) {
        return value;
    }

    @View
    public U64Number u64(U64Number value) {
        return value;
    }

    @View
    public float f32(float value) {
        return value;
    }

    @View
    public double f64(double value) {
        return value;
    }

    @View
    public char character(char value) {
        return value;
    }

    @View
    public String string(String value) {
        return value;
    }

    @View
    public U128 u128String(U128 value) {
        return value;
    }

    @View
    public U64 u64String(U64 value) {
        return value;
    }

    @View
    public NearToken nearToken(NearToken value) {
        return value;
    }

    @View
    public Gas gas(Gas value) {
        return value;
    }

    @View
    public byte[] base64(byte[] value) {
        return value;
    }

    @View
    public Optional<Integer> optionI32(Optional<Integer> value) {
        return value;
    }

    @View
    public List<Integer> vecI32(List<Integer> value) {
        return value;
    }

    @View
    public String[] vecString(String[] value) {
        return value;
    }

    @View
    public TreeSet<String> setString(TreeSet<String> value) {
        return value;
    }

    @View
    public TreeMap<String, Integer> mapStringI32(TreeMap<String, Integer> value) {
        return value;
    }

    @View
    public TreeMap<Integer, Boolean> mapI32Bool(TreeMap<Integer, Boolean> value) {
        return value;
    }

    @View
    public TreeMap<Long, Integer> mapI64I32(TreeMap<Long, Integer> value) {
        return value;
    }

    @View
    public TreeMap<Color, Integer> mapColorI32(TreeMap<Color, Integer> value) {
        return value;
    }

    @View
    public Color color(Color value) {
        return value;
    }

    @View
    public Person person(Person value) {
        return value;
    }

    @View
    public Empty empty(Empty value) {
        return value;
    }

    @View
    public Triple triple(Triple value) {
        return value;
    }
}
