package io.jnear.build.teavm;

import java.nio.charset.Charset;
import org.teavm.model.ClassHierarchy;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Changes TeaVM 0.13.1's class library where contracts need it, as TeaVM reads each class: strings convert
 * to and from UTF-8 through {@link Utf8}. {@code WasmCompiler} registers it by name with TeaVM.
 */
public final class ClassLibrarySupplement implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(String.class.getName())) {
            convertUtf8Directly(cls, context.getHierarchy());
        }
    }

    /**
     * {@code getBytes(Charset)} becomes {@code return Utf8.encode(this, charset)}, and the private
     * {@code initWithBytes(bytes, offset, length, charset)} behind every {@code String(byte[], …)} constructor
     * becomes {@code this.characters = Utf8.decode(bytes, offset, length, charset)}.
     */
    private static void convertUtf8Directly(ClassHolder string, ClassHierarchy hierarchy) {
        MethodHolder getBytes = method(string, new MethodDescriptor("getBytes", Charset.class, byte[].class));
        ProgramEmitter encode = ProgramEmitter.create(getBytes, hierarchy);
        encode.invoke(Utf8.class, "encode", byte[].class, encode.var(0, String.class), encode.var(1, Charset.class))
                .returnValue();

        MethodHolder init = method(string, new MethodDescriptor("initWithBytes", byte[].class, int.class, int.class,
                Charset.class, void.class));
        ProgramEmitter decode = ProgramEmitter.create(init, hierarchy);
        ValueEmitter chars = decode.invoke(Utf8.class, "decode", char[].class, decode.var(1, byte[].class),
                decode.var(2, int.class), decode.var(3, int.class), decode.var(4, Charset.class));
        // the field TeaVM's DefaultStringTransformer gives every String (its native takeCharArray stores there)
        decode.var(0, String.class).setField("characters", chars);
        decode.exit();
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
