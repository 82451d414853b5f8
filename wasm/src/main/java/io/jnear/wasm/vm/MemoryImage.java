package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.OpCode;
import io.jnear.wasm.prepare.PrepareException;

/**
 * A module's memory as every call starts it: the active data segments laid out from address 0 up to the
 * end of the last one (everything above is zeros), built once per module and only ever read.
 */
record MemoryImage(byte[] bytes, int initialPages, int maxPages) {

    static MemoryImage of(DataSegment[] segments, int initialPages, int maxPages) {
        long limit = (long) initialPages * Memory.PAGE_SIZE;
        long end = 0;
        for (DataSegment segment : segments) {
            if (segment instanceof ActiveDataSegment active) {
                long offset = offset(active);
                if (offset + segment.data().length > limit) {
                    // nearcore fails such a module when it instantiates it
                    throw new PrepareException(PrepareException.Kind.INSTANTIATE, "data segment out of bounds");
                }
                end = Math.max(end, offset + segment.data().length);
            }
        }
        byte[] bytes = new byte[(int) end];
        for (DataSegment segment : segments) {
            if (segment instanceof ActiveDataSegment active) {
                System.arraycopy(segment.data(), 0, bytes, (int) offset(active), segment.data().length);
            }
        }
        return new MemoryImage(bytes, initialPages, maxPages);
    }

    private static long offset(ActiveDataSegment segment) {
        var offsetCode = segment.offsetInstructions();
        if (offsetCode.isEmpty() || offsetCode.get(0).opcode() != OpCode.I32_CONST) {
            throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "data segment offset");
        }
        return offsetCode.get(0).operand(0) & 0xffff_ffffL;
    }
}
