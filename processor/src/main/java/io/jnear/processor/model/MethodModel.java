package io.jnear.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * An exported method (or the @Init constructor, exported as {@code new}), built from a valid element.
 *
 * @param resultType the value callers receive: the boxed return type, {@code T} of a returned
 *     {@code Promise<T>}, or {@code Void}
 */
public record MethodModel(ExecutableElement element, String javaName, String nearName, boolean view,
        boolean isPrivate, boolean payable, boolean init, List<ParamModel> params, ResultKind resultKind,
        TypeMirror resultType) {

    /** The parameters that travel as JSON arguments, in order. */
    public List<ParamModel> args() {
        return params.stream().filter(p -> !p.isCallbackResult()).toList();
    }

    public List<ParamModel> callbackResults() {
        return params.stream().filter(ParamModel::isCallbackResult).toList();
    }

    public boolean isCallback() {
        return params.stream().anyMatch(ParamModel::isCallbackResult);
    }
}
