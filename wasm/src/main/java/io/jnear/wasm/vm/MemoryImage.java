package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.OpCode;
import io.jnear.wasm.prepare.PrepareException;

/**
 * A module's memory as every call starts it: the active data segments laid out in pages, built once per
 * module and shared, read-only, by every call's {@link NearMemory} (which copies a page before writing).
 */
record MemoryImage(byte[][] pages, int initialPages, int maxPages) {

    static MemoryImage of(DataSegment[] segments, int initialPages, int maxPages) {
        byte[][] pages = new byte[maxPages][];
        long limit = (long) initialPages * Memory.PAGE_SIZE;
        for (DataSegment segment : segments) {
            if (!(segment instanceof ActiveDataSegment active)) {
                continue;
            }
            var offsetCode = active.offsetInstructions();
            if (offsetCode.isEmpty() || offsetCode.get(0).opcode() != OpCode.I32_CONST) {
                throw new PrepareException(PrepareException.Kind.DESERIALIZATION, "data segment offset");
            }
            long offset = offsetCode.get(0).operand(0) & 0xffff_ffffL;
            byte[] data = segment.data();
            if (offset + data.length > limit) {
                // nearcore fails such a module when it instantiates it
                throw new PrepareException(PrepareException.Kind.INSTANTIATE, "data segment out of bounds");
            }
            for (int done = 0; done < data.length; ) {
                long addr = offset + done;
                int page = (int) (addr / Memory.PAGE_SIZE);
                int at = (int) (addr % Memory.PAGE_SIZE);
                int n = Math.min(data.length - done, Memory.PAGE_SIZE - at);
                if (pages[page] == null) {
                    pages[page] = new byte[Memory.PAGE_SIZE];
                }
                System.arraycopy(data, done, pages[page], at, n);
                done += n;
            }
        }
        return new MemoryImage(pages, initialPages, maxPages);
    }

    /** Bytes this image holds on the heap. */
    long heapBytes() {
        long bytes = 16L + 8L * pages.length;
        for (byte[] page : pages) {
            if (page != null) {
                bytes += 16L + page.length;
            }
        }
        return bytes;
    }
}
