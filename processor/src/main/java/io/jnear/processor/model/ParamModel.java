package io.jnear.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A parameter of an exported method: either a JSON argument (keyed {@code jsonName}) or, when
 * {@code callback} is set, a callback result whose promise resolves to {@code valueType}.
 */
public record ParamModel(String javaName, String jsonName, TypeMirror type, CallbackForm callback,
        TypeMirror valueType) {

    public boolean isCallbackResult() {
        return callback != null;
    }
}
