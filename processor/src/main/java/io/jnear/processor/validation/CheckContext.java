package io.jnear.processor.validation;

import com.sun.source.util.Trees;
import io.jnear.processor.Reporter;
import io.jnear.processor.model.JsonTypes;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What every check needs: the reporter and the compiler's utilities; {@code trees} may be null. */
public record CheckContext(Reporter reporter, Types types, Elements elements, JsonTypes json, Trees trees) {
}
