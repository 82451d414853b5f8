package io.jnear.runtime.exec;

import io.jnear.runtime.ProtocolConfig;
import io.jnear.runtime.fees.ActionFees;
import io.jnear.runtime.fees.Limits;
import io.jnear.runtime.outcome.ActionsValidationError;
import io.jnear.sdk.AccessKey;
import io.jnear.sdk.Action;
import java.util.List;

/**
 * nearcore's action validation, for a transaction's actions and for the receipts a contract creates
 * (nearcore checks both in its strictest mode, {@code ValidateReceiptMode::NewReceipt}): counts, sizes,
 * gas, and where DeleteAccount may stand. Byte lengths are UTF-8 lengths.
 */
final class ActionsValidator {
    private ActionsValidator() {
    }

    /** The first rule {@code actions} break under {@code protocol}, or null when they are valid. */
    static ActionsValidationError validate(ProtocolConfig protocol, List<Action> actions) {
        Limits limits = protocol.limits();
        if (actions.size() > limits.maxActionsPerReceipt()) {
            return new ActionsValidationError.TotalNumberOfActionsExceeded(actions.size(),
                    limits.maxActionsPerReceipt());
        }
        long deploys = 0;
        for (Action a : actions) {
            if (a instanceof Action.DeployContract) {
                deploys++;
            }
        }
        if (deploys > limits.maxDeployActionsPerReceipt()) {
            return new ActionsValidationError.TotalNumberOfDeployActionsExceeded(deploys,
                    limits.maxDeployActionsPerReceipt());
        }
        long totalGas = 0;
        boolean overflow = false;
        for (int i = 0; i < actions.size(); i++) {
            Action a = actions.get(i);
            if (a instanceof Action.DeleteAccount && i != actions.size() - 1) {
                return new ActionsValidationError.DeleteActionMustBeFinal();
            }
            ActionsValidationError error = validate(protocol, a);
            if (error != null) {
                return error;
            }
            if (a instanceof Action.FunctionCall f) {
                long sum = totalGas + f.gas().asGas();
                overflow |= sum < totalGas;
                totalGas = sum;
            }
        }
        if (overflow) {
            return new ActionsValidationError.IntegerOverflow();
        }
        if (totalGas > limits.maxTotalPrepaidGas()) {
            return new ActionsValidationError.TotalPrepaidGasExceeded(totalGas, limits.maxTotalPrepaidGas());
        }
        return null;
    }

    private static ActionsValidationError validate(ProtocolConfig protocol, Action action) {
        Limits limits = protocol.limits();
        if (action instanceof Action.FunctionCall f) {
            if (f.gas().isZero()) {
                return new ActionsValidationError.FunctionCallZeroAttachedGas();
            }
            int nameLength = ActionFees.utf8Length(f.methodName());
            // before 87 an empty name passes and the call fails to resolve its method when it runs
            if (protocol.rejectsEmptyMethodNames() && nameLength == 0) {
                return new ActionsValidationError.FunctionCallEmptyMethodName();
            }
            if (nameLength > limits.maxLengthMethodName()) {
                return new ActionsValidationError.FunctionCallMethodNameLengthExceeded(nameLength,
                        limits.maxLengthMethodName());
            }
            if (f.args().length > limits.maxArgumentsLength()) {
                return new ActionsValidationError.FunctionCallArgumentsLengthExceeded(f.args().length,
                        limits.maxArgumentsLength());
            }
        } else if (action instanceof Action.DeployContract d) {
            if (d.code().size() > limits.maxContractSize()) {
                return new ActionsValidationError.ContractSizeExceeded(d.code().size(), limits.maxContractSize());
            }
        } else if (action instanceof Action.AddKey k
                && k.accessKey().permission() instanceof AccessKey.FunctionCallPermission p) {
            long total = 0;
            for (String name : p.methodNames()) {
                long length = ActionFees.utf8Length(name);
                if (length > limits.maxLengthMethodName()) {
                    return new ActionsValidationError.AddKeyMethodNameLengthExceeded(length,
                            limits.maxLengthMethodName());
                }
                total += length + 1; // nearcore counts a terminator per name
            }
            if (total > limits.maxNumberBytesMethodNames()) {
                return new ActionsValidationError.AddKeyMethodNamesNumberOfBytesExceeded(total,
                        limits.maxNumberBytesMethodNames());
            }
        }
        return null;
    }
}
