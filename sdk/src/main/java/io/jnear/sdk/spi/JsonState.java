package io.jnear.sdk.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.jnear.sdk.ContractPanic;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.objenesis.Objenesis;
import org.objenesis.ObjenesisStd;
import org.objenesis.instantiator.ObjectInstantiator;

/**
 * Contract state as reflective Jackson JSON, for contracts whose state the processor cannot generate as
 * Borsh. Kept apart from {@link Dispatch} so that a contract with Borsh state never loads Jackson or
 * Objenesis.
 */
final class JsonState {
    // State is restored without running a constructor: the constructor ran once, at init. Instantiators
    // are cached per Class, not per class name (Objenesis's own cache), because every deployment loads
    // its own copy of a contract class under the same name.
    private static final Objenesis OBJENESIS = new ObjenesisStd(false);
    private static final ClassValue<ObjectReader> STATE_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.STATE_MAPPER.readerFor(type);
        }
    };
    private static final ClassValue<ObjectInstantiator<?>> INSTANTIATORS = new ClassValue<>() {
        @Override
        protected ObjectInstantiator<?> computeValue(Class<?> type) {
            return OBJENESIS.getInstantiatorOf(type);
        }
    };

    private JsonState() {
    }

    /** The contract instance {@code state} holds; fields are filled from JSON without calling a constructor. */
    static <C> C load(byte[] state, Class<C> contractClass) {
        C contract = contractClass.cast(INSTANTIATORS.get(contractClass).newInstance());
        try {
            return STATE_READERS.get(contractClass).withValueToUpdate(contract).readValue(state);
        } catch (IOException e) {
            // Jackson's message without the source location, as serde's error reads
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ContractPanic("Cannot deserialize the contract state. Error: " + message);
        }
    }

    /** The contract's fields as JSON. */
    static byte[] save(Object contract) {
        try {
            return Json.STATE_MAPPER.writeValueAsBytes(contract);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize the contract state", e);
        }
    }
}
