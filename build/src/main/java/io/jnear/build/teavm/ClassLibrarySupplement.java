package io.jnear.build.teavm;

import io.jnear.sdk.spi.ContractCode;
import io.jnear.sdk.spi.FloatBits;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.util.ProgramUtils;

/**
 * Changes TeaVM 0.13.1's class library and the SDK where contracts compiled to Wasm need it, as TeaVM
 * reads each class: strings convert to and from UTF-8 through {@link Utf8}, a {@code StringBuilder} appends
 * a string in one copy ({@link StringAppending}), {@code Double.parseDouble}
 * reads what the JDK reads ({@link DoubleParsing}), {@code Math.abs}, {@code max}, {@code min},
 * {@code ulp(float)} and {@code copySign} treat NaNs and sign bits as the JVM build does
 * ({@link FloatBits}), and the code of a contract
 * class that a contract deploys is its Wasm module, embedded by the build ({@link EmbeddedContracts}), and
 * in every class a {@code float} or {@code double} negation flips the sign bit as the JVM's does, where
 * TeaVM's Wasm backend subtracts from zero ({@link SignFlippingNegation}).
 * {@code WasmCompiler} registers it by name with TeaVM, which instantiates it; the modules to embed are
 * handed over for the duration of one compilation ({@link #embedding}), TeaVM compiling on the thread
 * that calls it.
 */
public final class ClassLibrarySupplement implements ClassHolderTransformer {
    private static final String CONTRACT_CODE = ContractCode.class.getName();
    /** The field TeaVM's {@code DefaultStringTransformer} gives every {@code String}: its characters. */
    private static final String CHARACTERS = "characters";
    /** TeaVM's {@code AbstractStringBuilder} (package-private in {@code java.lang}) and its two fields. */
    private static final String ABSTRACT_STRING_BUILDER = "java.lang.AbstractStringBuilder";
    private static final String BUFFER = "buffer";
    private static final String LENGTH = "length";
    private static final ThreadLocal<Map<String, byte[]>> EMBEDDED = ThreadLocal.withInitial(Map::of);

    /** Runs {@code compilation} with {@code modules} (contract class name → Wasm module) to embed. */
    public static <T> T embedding(Map<String, byte[]> modules, Supplier<T> compilation) {
        EMBEDDED.set(new TreeMap<>(modules));
        try {
            return compilation.get();
        } finally {
            EMBEDDED.remove();
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(String.class.getName())) {
            convertUtf8Directly(cls, context.getHierarchy());
        } else if (cls.getName().equals(ABSTRACT_STRING_BUILDER)) {
            appendStringsAtOnce(cls, context.getHierarchy());
        } else if (cls.getName().equals(Double.class.getName())) {
            parseDoubleAsTheJdk(cls, context.getHierarchy());
        } else if (cls.getName().equals(Math.class.getName())) {
            signBitsAsTheJvm(cls, context.getHierarchy());
        } else if (cls.getName().equals(CONTRACT_CODE)) {
            deployEmbeddedModules(cls, context.getHierarchy());
        } else if (cls.getName().equals(EmbeddedContracts.class.getName())) {
            embed(cls, context.getHierarchy());
        }
        SignFlippingNegation.apply(cls);
    }

    /**
     * TeaVM's {@code parseDouble} is kept as {@code parseDoubleTeaVM}; {@code parseDouble} becomes: NaN and
     * ±Infinity as the JDK reads them ({@link DoubleParsing#kind}), else TeaVM's answer with subnormal
     * results computed exactly ({@link DoubleParsing#subnormalsExactly}).
     */
    private static void parseDoubleAsTheJdk(ClassHolder doubleClass, ClassHierarchy hierarchy) {
        MethodHolder parse = method(doubleClass, new MethodDescriptor("parseDouble", String.class, double.class));
        MethodHolder teavm = new MethodHolder(new MethodDescriptor(TEAVM_PARSE_DOUBLE, String.class, double.class));
        teavm.setLevel(AccessLevel.PRIVATE);
        teavm.getModifiers().add(ElementModifier.STATIC);
        teavm.setProgram(ProgramUtils.copy(parse.getProgram()));
        doubleClass.addMethod(teavm);

        ProgramEmitter pe = ProgramEmitter.create(parse, hierarchy);
        ValueEmitter text = pe.var(1, String.class);
        ValueEmitter kind = pe.invoke(DoubleParsing.class, "kind", int.class, text);
        pe.when(kind.isNotEqualTo(pe.constant(DoubleParsing.NUMBER))).thenDo(() ->
                pe.invoke(DoubleParsing.class, "special", double.class, kind).returnValue());
        ValueEmitter parsed = pe.invoke(Double.class.getName(), TEAVM_PARSE_DOUBLE, ValueType.DOUBLE, text);
        pe.invoke(DoubleParsing.class, "subnormalsExactly", double.class, text, parsed).returnValue();
    }

    private static final String TEAVM_PARSE_DOUBLE = "parseDoubleTeaVM";

    /**
     * Both {@code Math.abs} become {@code return FloatBits.abs(a)} (the sign bit cleared, as the JVM build's
     * sandbox does; TeaVM's returned a negative NaN as it came), {@code max} and {@code min} (float and
     * double) {@link FloatBits#max} and {@link FloatBits#min} (the first NaN operand as it came; TeaVM's are
     * Wasm's instructions, whose NaN is the engine's), {@code ulp(float)} {@link FloatBits#ulp} (a NaN's sign
     * cleared), and both {@code Math.copySign} {@link FloatBits#copySign}, a NaN sign counting as positive as
     * in {@code StrictMath}, which the JVM build's sandbox calls for {@code Math}. TeaVM's
     * {@code StrictMath} delegates to {@code Math}.
     */
    private static void signBitsAsTheJvm(ClassHolder math, ClassHierarchy hierarchy) {
        for (Class<?> type : List.of(double.class, float.class)) {
            ProgramEmitter abs = ProgramEmitter.create(method(math, new MethodDescriptor("abs", type, type)),
                    hierarchy);
            abs.invoke(FloatBits.class, "abs", type, abs.var(1, type)).returnValue();
            for (String name : List.of("max", "min", "copySign")) {
                ProgramEmitter pe = ProgramEmitter.create(method(math, new MethodDescriptor(name, type, type, type)),
                        hierarchy);
                pe.invoke(FloatBits.class, name, type, pe.var(1, type), pe.var(2, type)).returnValue();
            }
        }
        ProgramEmitter ulp = ProgramEmitter.create(
                method(math, new MethodDescriptor("ulp", float.class, float.class)), hierarchy);
        ulp.invoke(FloatBits.class, "ulp", float.class, ulp.var(1, float.class)).returnValue();
    }

    /** {@code ContractCode.of(Class)} becomes {@code return EmbeddedContracts.of(c)}: no class files in Wasm. */
    private static void deployEmbeddedModules(ClassHolder contractCode, ClassHierarchy hierarchy) {
        ValueType code = ValueType.object(CONTRACT_CODE);
        MethodHolder of = method(contractCode, new MethodDescriptor("of", ValueType.object(Class.class.getName()), code));
        ProgramEmitter pe = ProgramEmitter.create(of, hierarchy);
        pe.invoke(EmbeddedContracts.class.getName(), "of", code, pe.var(1, Class.class)).returnValue();
    }

    /** {@code EmbeddedContracts.module(c)}: {@code if (c == X.class) return unpack("…", n);} per module, else missing(c). */
    private static void embed(ClassHolder embedded, ClassHierarchy hierarchy) {
        MethodHolder module = method(embedded, new MethodDescriptor("module", Class.class, byte[].class));
        ProgramEmitter pe = ProgramEmitter.create(module, hierarchy);
        ValueEmitter contract = pe.var(1, Class.class);
        for (Map.Entry<String, byte[]> e : EMBEDDED.get().entrySet()) {
            byte[] bytes = e.getValue();
            pe.when(contract.isSame(pe.constant(ValueType.object(e.getKey())))).thenDo(() ->
                    pe.invoke(EmbeddedContracts.class, "unpack", byte[].class,
                            pe.constant(EmbeddedContracts.pack(bytes)), pe.constant(bytes.length)).returnValue());
        }
        pe.invoke(EmbeddedContracts.class, "missing", byte[].class, contract).returnValue();
    }

    /**
     * {@code getBytes(Charset)} becomes {@code return Utf8.encode(this.characters, charset)}, and the private
     * {@code initWithBytes(bytes, offset, length, charset)} behind every {@code String(byte[], …)} constructor
     * becomes {@code this.characters = Utf8.decode(bytes, offset, length, charset)}.
     */
    private static void convertUtf8Directly(ClassHolder string, ClassHierarchy hierarchy) {
        MethodHolder getBytes = method(string, new MethodDescriptor("getBytes", Charset.class, byte[].class));
        ProgramEmitter encode = ProgramEmitter.create(getBytes, hierarchy);
        ValueEmitter characters = encode.var(0, String.class).getField(CHARACTERS, char[].class);
        encode.invoke(Utf8.class, "encode", byte[].class, characters, encode.var(1, Charset.class)).returnValue();

        MethodHolder init = method(string, new MethodDescriptor("initWithBytes", byte[].class, int.class, int.class,
                Charset.class, void.class));
        ProgramEmitter decode = ProgramEmitter.create(init, hierarchy);
        ValueEmitter chars = decode.invoke(Utf8.class, "decode", char[].class, decode.var(1, byte[].class),
                decode.var(2, int.class), decode.var(3, int.class), decode.var(4, Charset.class));
        decode.var(0, String.class).setField(CHARACTERS, chars);
        decode.exit();
    }

    /**
     * The builder's {@code append(String)} becomes {@code s = String.valueOf(s); this.buffer =
     * StringAppending.append(this.buffer, this.length, s); this.length += s.length(); return this}.
     */
    private static void appendStringsAtOnce(ClassHolder builder, ClassHierarchy hierarchy) {
        MethodHolder append = method(builder, new MethodDescriptor("append", ValueType.object(String.class.getName()),
                ValueType.object(ABSTRACT_STRING_BUILDER)));
        ProgramEmitter pe = ProgramEmitter.create(append, hierarchy);
        ValueEmitter self = pe.var(0, builder);
        ValueEmitter text = pe.invoke(String.class, "valueOf", String.class, pe.var(1, Object.class));
        ValueEmitter length = self.getField(LENGTH, int.class);
        ValueEmitter buffer = pe.invoke(StringAppending.class, "append", char[].class,
                self.getField(BUFFER, char[].class), length, text);
        self.setField(BUFFER, buffer);
        self.setField(LENGTH, length.add(text.invokeVirtual("length", int.class)));
        self.returnValue();
    }

    private static MethodHolder method(ClassHolder cls, MethodDescriptor descriptor) {
        MethodHolder method = cls.getMethod(descriptor);
        if (method == null) {
            // the class library is TeaVM 0.13.1's, pinned: a different one needs this class looked at again
            throw new IllegalStateException("TeaVM's " + cls.getName() + " has no " + descriptor);
        }
        return method;
    }
}
