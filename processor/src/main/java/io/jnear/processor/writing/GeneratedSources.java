package io.jnear.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes every generated file the same way: one originating element (so Gradle can process
 * incrementally, isolating), a {@code @Generated} marker without a date, and {@code @SuppressWarnings}
 * for deprecations the user's own types may carry into generated code.
 */
public final class GeneratedSources {
    static final String PROCESSOR = "io.jnear.processor.JnearProcessor";
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private final Filer filer;

    public GeneratedSources(Filer filer) {
        this.filer = filer;
    }

    public void writeSource(String packageName, TypeSpec.Builder type, Element origin) throws IOException {
        TypeSpec spec = type.addOriginatingElement(origin)
                .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "{$S, $S}", "deprecation", "removal").build())
                .build();
        JavaFile.builder(packageName, spec).skipJavaLangImports(true).indent("    ").build().writeTo(filer);
    }

    /** True if {@code type} is a source this processor wrote (it carries the marker {@link #writeSource} adds). */
    public static boolean isGenerated(TypeElement type) {
        for (AnnotationMirror a : type.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(GENERATED.canonicalName())) {
                for (AnnotationValue value : a.getElementValues().values()) {
                    if (value.getValue() instanceof List<?> names) {
                        for (Object name : names) {
                            if (name instanceof AnnotationValue v && PROCESSOR.equals(v.getValue())) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Writes {@code content} as a class-output resource at {@code path}. */
    public void writeResource(String path, String content, Element origin) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
        try (Writer w = file.openWriter()) {
            w.write(content);
        }
    }
}
