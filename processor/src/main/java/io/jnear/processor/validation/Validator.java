package io.jnear.processor.validation;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Runs every check that applies to a @Contract class or a @CrossContractCall interface. */
public final class Validator {
    /** Checks of declarations: they run before anything is generated and never read a tree's symbols. */
    private static final List<Check> CONTRACT_CHECKS = List.of(new ContractShapeCheck(), new NotExportedCheck(),
            new ViewCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck(), new StateFieldCheck(),
            new BorshStateCheck(), new InterfaceConformanceCheck(), new CheckedExceptionCheck(),
            new ArgumentKeyCheck(), new PrivateOverrideCheck());


    private static final List<Check> CROSS_CONTRACT_CHECKS = List.of(new CrossContractShapeCheck(),
            new NotExportedCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck(), new ArgumentKeyCheck());

    private static final List<BodyCheck> BODY_CHECKS = List.of(new ViewBodyCheck(), new CallbackBodyCheck(),
            new StubWiringCheck(), new ImplicitInitCheck(), new UnchainedCallbackCheck(), new JoinWiringCheck());

    private final CheckContext context;
    private final HelperClasses helpers;
    /** Checks that read attributed source (initialisers, bodies): they run after javac's analysis. */
    private final List<Check> sourceChecks;

    public Validator(CheckContext context) {
        this.context = context;
        this.helpers = new HelperClasses(context);
        this.sourceChecks = List.of(new MutableStaticCheck(), new DeterminismCheck(helpers),
                new CollectionPrefixCheck(), new CodecFreeCollectionCheck(), new WasmCostCheck());
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
     * Runs the checks of a contract's source: its initialisers and method bodies. Call it once javac has
     * analysed the contract's class (earlier, reading a tree's symbol would attribute the class too soon), so
     * the types the bodies use exist, the stubs jnear generates included; skipped without the Trees API.
     */
    public void validateBodies(TypeElement contract) {
        if (contract.getKind() != ElementKind.CLASS || context.trees() == null) {
            return;
        }
        for (Check check : sourceChecks) {
            check.check(contract, context);
        }
        ContractBodies.of(contract, context).ifPresent(bodies -> {
            for (BodyCheck check : BODY_CHECKS) {
                check.check(contract, bodies, context);
            }
        });
    }

    /**
     * javac has analysed top-level class {@code type} (after {@link #validateBodies} of the contracts it
     * holds): if contract code reaches it, now or later, it is checked as the sandbox will check it.
     */
    public void classAnalysed(TypeElement type) {
        if (context.trees() != null) {
            helpers.analysed(type);
        }
    }

    /** Every class javac analyses has been: the helper classes reached but never analysed are checked now. */
    public void compilationFinished() {
        if (context.trees() != null) {
            helpers.compilationFinished();
        }
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
