package io.jnear.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A @Contract class or @CrossContractCall interface, ready to generate from.
 *
 * @param flatName the simple names from the outermost class down, joined by {@code _}
 *     ({@code Outer_Inner}); generated types are {@code <flatName>Stub} and {@code <flatName>Dispatcher}
 * @param binaryName the class's binary name ({@code p.Outer$Inner})
 * @param inits the @Init constructors (each exported under its own name, {@code new} by default); empty
 *     when the contract starts from its no-argument constructor
 */
public record ContractModel(TypeElement element, String packageName, String flatName, String binaryName,
        boolean isContract, List<MethodModel> methods, List<MethodModel> inits) {
}
