package io.jnear.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** Expressions that build the runtime's precompiled Jackson readers, writers and decoders for a type. */
final class JsonCode {
    private JsonCode() {
    }

    /** {@code Json.reader(String.class)} or {@code Json.reader(new TypeReference<List<String>>() {})}. */
    static CodeBlock reader(TypeName type) {
        return CodeBlock.of("$T.reader($L)", RuntimeTypes.JSON, typeArgument(type));
    }

    static CodeBlock writer(TypeName type) {
        return isPlain(type) ? CodeBlock.of("$T.writer($T.class)", RuntimeTypes.JSON, type)
                : CodeBlock.of("$T.writer($L.getType())", RuntimeTypes.JSON, typeReference(type));
    }

    static CodeBlock decoder(TypeName type) {
        if (type.equals(ClassName.get(Void.class))) {
            return CodeBlock.of("$T.none()", RuntimeTypes.RESULT_DECODER);
        }
        return CodeBlock.of("$T.decoder($L)", RuntimeTypes.JSON, typeArgument(type));
    }

    private static CodeBlock typeArgument(TypeName type) {
        return isPlain(type) ? CodeBlock.of("$T.class", type) : typeReference(type);
    }

    private static CodeBlock typeReference(TypeName type) {
        return CodeBlock.of("new $T<$T>() {}", RuntimeTypes.TYPE_REFERENCE, type);
    }

    // a class literal carries the whole type only when nothing is parameterized
    private static boolean isPlain(TypeName type) {
        if (type instanceof ParameterizedTypeName) {
            return false;
        }
        if (type instanceof ArrayTypeName a) {
            return isPlain(a.componentType());
        }
        return true;
    }
}
