package io.jnear.processor.validation;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Runs every check that applies to a @Contract class or a @CrossContractCall interface. */
public final class Validator {
    private static final List<Check> CONTRACT_CHECKS = List.of(new ContractShapeCheck(), new NotExportedCheck(),
            new ViewCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck(), new StateFieldCheck(),
            new BorshStateCheck(), new MutableStaticCheck(), new InterfaceConformanceCheck(),
            new CheckedExceptionCheck());

    /**
     * Checks that resolve what method bodies call, which attributes the class; they run once javac has
     * analysed it (see {@link #validateAnalyzedContract}), because attributing a class during processing
     * makes javac reject the compact constructors of records nested in it on the next round.
     */
    private static final List<Check> ANALYZED_CONTRACT_CHECKS = List.of(new DeterminismCheck());

    private static final List<Check> CROSS_CONTRACT_CHECKS = List.of(new CrossContractShapeCheck(),
            new NotExportedCheck(), new CallbackCheck(), new NameCheck(), new JsonTypeCheck());

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

    /** The checks of a @Contract class that need its bodies attributed; call once javac has analysed it. */
    public void validateAnalyzedContract(TypeElement type) {
        for (Check check : ANALYZED_CONTRACT_CHECKS) {
            check.check(type, context);
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
