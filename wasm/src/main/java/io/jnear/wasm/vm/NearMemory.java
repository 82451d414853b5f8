package io.jnear.wasm.vm;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.DataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * NEAR's standard memory (1,024 pages, growing to 2,048) without allocating 64 MiB: one flat array holds
 * the lowest addresses — the module's {@link MemoryImage} and whatever the code has written since — and
 * grows only when the code writes above it; everything above reads as zeros. Writes mark their 4 KiB
 * block dirty, and {@link #reset} restores just those blocks from the image, so a recycled memory starts
 * every call exactly as a fresh one would. (Blocks are smaller than Wasm's 64 KiB pages because a call
 * writes a few scattered bytes — stack frames, a heap allocation — and restoring whole pages cost more
 * than the rest of a small call.)
 */
final class NearMemory implements Memory {
    private static final int PAGE_BITS = 16;
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryImage image;
    private byte[] buffer;
    /** Blocks written since the last reset: the only ones a reset must restore. */
    private final boolean[] dirty;
    private final int[] dirtyList;
    private int dirtyCount;
    private int pageCount;
    private long byteSize;
    private DataSegment[] segments = new DataSegment[0];

    NearMemory(MemoryImage image) {
        this.image = image;
        this.buffer = Arrays.copyOf(image.bytes(), roundUpToPage(image.bytes().length));
        this.dirty = new boolean[image.maxPages() << (PAGE_BITS - BLOCK_BITS)];
        this.dirtyList = new int[dirty.length];
        this.pageCount = image.initialPages();
        this.byteSize = (long) pageCount << PAGE_BITS;
    }

    private static int roundUpToPage(long bytes) {
        return (int) Math.max(PAGE_SIZE, (bytes + PAGE_SIZE - 1) & -PAGE_SIZE);
    }

    /** Back to the module's image: what a fresh instance would start from. */
    void reset() {
        byte[] original = image.bytes();
        for (int i = 0; i < dirtyCount; i++) {
            int block = dirtyList[i];
            int from = block << BLOCK_BITS;
            int imageBytes = Math.max(0, Math.min(BLOCK_SIZE, original.length - from));
            if (imageBytes > 0) {
                System.arraycopy(original, from, buffer, from, imageBytes);
            }
            Arrays.fill(buffer, from + imageBytes, from + BLOCK_SIZE, (byte) 0);
            dirty[block] = false;
        }
        dirtyCount = 0;
        pageCount = image.initialPages();
        byteSize = (long) pageCount << PAGE_BITS;
    }

    private static WasmRuntimeException outOfBounds() {
        return new WasmRuntimeException("out of bounds memory access");
    }

    /** Checks a write of {@code size} bytes at {@code addr}, makes room for it and marks its blocks dirty. */
    private byte[] forWrite(int addr, int size) {
        if (addr < 0 || (long) addr + size > byteSize) {
            throw outOfBounds();
        }
        int last = addr + size - 1;
        if (last >= buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(byteSize, Math.max(2L * buffer.length, roundUpToPage(last + 1L))));
        }
        int block = addr >>> BLOCK_BITS;
        if (!dirty[block]) {
            markDirty(block);
        }
        int lastBlock = last >>> BLOCK_BITS;
        if (lastBlock != block && !dirty[lastBlock]) {
            for (int b = block + 1; b <= lastBlock; b++) {
                if (!dirty[b]) {
                    markDirty(b);
                }
            }
        }
        return buffer;
    }

    private void markDirty(int block) {
        dirty[block] = true;
        dirtyList[dirtyCount++] = block;
    }

    /** Whether a read of {@code size} bytes at {@code addr} lies in the array (else: zeros, or out of bounds). */
    private boolean inBuffer(int addr, int size) {
        if (addr < 0 || (long) addr + size > byteSize) {
            throw outOfBounds();
        }
        return addr <= buffer.length - size;
    }

    @Override
    public int pages() {
        return pageCount;
    }

    @Override
    public int grow(int size) {
        int before = pageCount;
        if (size < 0 || (long) before + size > image.maxPages()) {
            return -1;
        }
        pageCount = before + size;
        byteSize = (long) pageCount << PAGE_BITS;
        return before;
    }

    @Override
    public int initialPages() {
        return image.initialPages();
    }

    @Override
    public int maximumPages() {
        return image.maxPages();
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    public Object lock(int address) {
        return this; // never shared: nothing to lock against
    }

    @Override
    public int waitOn(int address, int expected, long timeout) {
        throw new WasmRuntimeException("NEAR has no threads");
    }

    @Override
    public int waitOn(int address, long expected, long timeout) {
        throw new WasmRuntimeException("NEAR has no threads");
    }

    @Override
    public int notify(int address, int maxThreads) {
        throw new WasmRuntimeException("NEAR has no threads");
    }

    @Override
    public void initialize(Instance instance, DataSegment[] dataSegments) {
        // active segments are already in the image; passive ones wait for memory.init
        this.segments = dataSegments;
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        if (segmentId < 0 || segmentId >= segments.length || segments[segmentId] == null) {
            throw outOfBounds();
        }
        byte[] data = segments[segmentId].data();
        if (offset < 0 || size < 0 || (long) offset + size > data.length) {
            throw outOfBounds();
        }
        write(dest, data, offset, size);
    }

    @Override
    public void write(int addr, byte[] data, int offset, int size) {
        if (size < 0) {
            throw outOfBounds();
        }
        if (size > 0) {
            System.arraycopy(data, offset, forWrite(addr, size), addr, size);
        }
    }

    @Override
    public byte read(int addr) {
        return inBuffer(addr, 1) ? buffer[addr] : 0;
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        if (len < 0) {
            throw outOfBounds();
        }
        inBuffer(addr, len);
        byte[] out = new byte[len];
        int available = Math.max(0, Math.min(len, buffer.length - addr));
        System.arraycopy(buffer, addr, out, 0, available);
        return out;
    }

    @Override
    public void writeI32(int addr, int data) {
        INT.set(forWrite(addr, 4), addr, data);
    }

    @Override
    public int readInt(int addr) {
        return inBuffer(addr, 4) ? (int) INT.get(buffer, addr) : 0;
    }

    @Override
    public void writeLong(int addr, long data) {
        LONG.set(forWrite(addr, 8), addr, data);
    }

    @Override
    public long readLong(int addr) {
        return inBuffer(addr, 8) ? (long) LONG.get(buffer, addr) : 0;
    }

    @Override
    public void writeShort(int addr, short data) {
        SHORT.set(forWrite(addr, 2), addr, data);
    }

    @Override
    public short readShort(int addr) {
        return inBuffer(addr, 2) ? (short) SHORT.get(buffer, addr) : 0;
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xffffL;
    }

    @Override
    public void writeByte(int addr, byte data) {
        forWrite(addr, 1)[addr] = data;
    }

    @Override
    public void writeF32(int addr, float data) {
        writeI32(addr, Float.floatToRawIntBits(data));
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr) & 0xffff_ffffL;
    }

    @Override
    public float readFloat(int addr) {
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public void writeF64(int addr, double data) {
        writeLong(addr, Double.doubleToRawLongBits(data));
    }

    @Override
    public double readDouble(int addr) {
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }

    @Override
    public void zero() {
        reset();
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        int size = toIndex - fromIndex;
        if (size < 0) {
            throw outOfBounds();
        }
        if (size > 0) {
            Arrays.fill(forWrite(fromIndex, size), fromIndex, toIndex, value);
        }
    }

    @Override
    public void copy(int dest, int src, int size) {
        if (size < 0) {
            throw outOfBounds();
        }
        byte[] bytes = readBytes(src, size);
        write(dest, bytes, 0, size);
    }

    @Override
    public void drop(int segment) {
        if (segment >= 0 && segment < segments.length) {
            segments = segments.clone();
            segments[segment] = null;
        }
    }
}
