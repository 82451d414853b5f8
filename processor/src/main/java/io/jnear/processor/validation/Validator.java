package io.jnear.processor.validation;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Runs every check that applies to a @Contract class or a @CrossContractCall interface. */
public final class Validator {
    private static final List<Check> CONTRACT_CHECKS = List.of(new ContractShapeCheck(), new NotExportedCheck(),
            new ViewCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck(), new StateFieldCheck(),
            new BorshStateCheck(), new MutableStaticCheck(), new InterfaceConformanceCheck(),
            new CheckedExceptionCheck(), new DeterminismCheck(), new ArgumentKeyCheck(), new PrivateOverrideCheck(),
            new CollectionPrefixCheck(), new WasmCostCheck());

    private static final List<Check> CROSS_CONTRACT_CHECKS = List.of(new CrossContractShapeCheck(),
            new NotExportedCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck(), new ArgumentKeyCheck());

    private static final List<BodyCheck> BODY_CHECKS = List.of(new ViewBodyCheck(), new CallbackBodyCheck(),
            new StubWiringCheck(), new ImplicitInitCheck(), new UnchainedCallbackCheck());

    private final CheckContext context;

    public Validator(CheckContext context) {
        this.context = context;
    }

    public void validateContract(TypeElement type) {
        for (Check check : CONTRACT_CHECKS) {
            check.check(type, context);
            if (check instanceof ContractShapeCheck && type.getKind() != ElementKind.CLASS) {
                return; // the other checks assume a class
            }
        }
    }

    /**
     * Runs the checks of a contract's method bodies. Call it once the types the bodies use exist, the stubs
     * jnear generates included (the processor does so in the last round); skipped without the Trees API.
     */
    public void validateBodies(TypeElement contract) {
        if (contract.getKind() != ElementKind.CLASS) {
            return;
        }
        ContractBodies.of(contract, context).ifPresent(bodies -> {
            for (BodyCheck check : BODY_CHECKS) {
                check.check(contract, bodies, context);
            }
        });
    }

    public void validateCrossContract(TypeElement type) {
        for (Check check : CROSS_CONTRACT_CHECKS) {
            check.check(type, context);
            if (check instanceof CrossContractShapeCheck && type.getKind() != ElementKind.INTERFACE) {
                return;
            }
        }
    }
}
