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
 * NEAR's standard memory (1,024 pages, growing to 2,048) without allocating 64 MiB: a page is read from
 * the module's {@link MemoryImage} (its data segments; absent pages are zeros) until it is first written,
 * and only then copied or allocated. Between calls {@link #reset} restores just the pages the call wrote,
 * so a recycled memory starts every call exactly as a fresh one would.
 */
final class NearMemory implements Memory {
    private static final int PAGE_BITS = 16;
    private static final int PAGE_MASK = PAGE_SIZE - 1;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final MemoryImage image;
    /** What reads see: this memory's own copy of a page once it has one, else the image's page (null: zeros). */
    private final byte[][] view;
    /** Pages this memory has copied or allocated; kept across calls, restored from the image in between. */
    private final boolean[] owned;
    /** Pages written since the last reset: the only ones a reset must restore. */
    private final boolean[] dirty;
    private final int[] dirtyList;
    private int dirtyCount;
    private int pageCount;
    private long byteSize;
    private DataSegment[] segments = new DataSegment[0];

    NearMemory(MemoryImage image) {
        this.image = image;
        this.view = Arrays.copyOf(image.pages(), image.maxPages());
        this.owned = new boolean[image.maxPages()];
        this.dirty = new boolean[image.maxPages()];
        this.dirtyList = new int[image.maxPages()];
        this.pageCount = image.initialPages();
        this.byteSize = (long) pageCount << PAGE_BITS;
    }

    /** Back to the module's image: what a fresh instance would start from. */
    void reset() {
        byte[][] original = image.pages();
        for (int i = 0; i < dirtyCount; i++) {
            int page = dirtyList[i];
            byte[] source = original[page];
            if (source == null) {
                Arrays.fill(view[page], (byte) 0);
            } else {
                System.arraycopy(source, 0, view[page], 0, PAGE_SIZE);
            }
            dirty[page] = false;
        }
        dirtyCount = 0;
        pageCount = image.initialPages();
        byteSize = (long) pageCount << PAGE_BITS;
    }

    private static WasmRuntimeException outOfBounds() {
        return new WasmRuntimeException("out of bounds memory access");
    }

    private void check(int addr, int size) {
        if (addr < 0 || size < 0 || (long) addr + size > byteSize) {
            throw outOfBounds();
        }
    }

    private byte[] writable(int page) {
        if (!dirty[page]) {
            if (!owned[page]) {
                byte[] source = image.pages()[page];
                view[page] = source == null ? new byte[PAGE_SIZE] : source.clone();
                owned[page] = true;
            }
            dirty[page] = true;
            dirtyList[dirtyCount++] = page;
        }
        return view[page];
    }

    private static boolean within(int addr, int size) {
        return (addr & PAGE_MASK) <= PAGE_SIZE - size;
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
        check(addr, size);
        while (size > 0) {
            int page = addr >>> PAGE_BITS;
            int at = addr & PAGE_MASK;
            int n = Math.min(size, PAGE_SIZE - at);
            System.arraycopy(data, offset, writable(page), at, n);
            addr += n;
            offset += n;
            size -= n;
        }
    }

    @Override
    public byte read(int addr) {
        check(addr, 1);
        byte[] p = view[addr >>> PAGE_BITS];
        return p == null ? 0 : p[addr & PAGE_MASK];
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        check(addr, len);
        byte[] out = new byte[len];
        int done = 0;
        while (done < len) {
            int page = (addr + done) >>> PAGE_BITS;
            int at = (addr + done) & PAGE_MASK;
            int n = Math.min(len - done, PAGE_SIZE - at);
            byte[] p = view[page];
            if (p != null) {
                System.arraycopy(p, at, out, done, n);
            }
            done += n;
        }
        return out;
    }

    private long readLittleEndian(int addr, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (read(addr + i) & 0xffL);
        }
        return v;
    }

    private void writeLittleEndian(int addr, long value, int size) {
        for (int i = 0; i < size; i++) {
            writeByte(addr + i, (byte) (value >>> (8 * i)));
        }
    }

    @Override
    public void writeI32(int addr, int data) {
        check(addr, 4);
        if (within(addr, 4)) {
            INT.set(writable(addr >>> PAGE_BITS), addr & PAGE_MASK, data);
        } else {
            writeLittleEndian(addr, data, 4);
        }
    }

    @Override
    public int readInt(int addr) {
        check(addr, 4);
        if (within(addr, 4)) {
            byte[] p = view[addr >>> PAGE_BITS];
            return p == null ? 0 : (int) INT.get(p, addr & PAGE_MASK);
        }
        return (int) readLittleEndian(addr, 4);
    }

    @Override
    public void writeLong(int addr, long data) {
        check(addr, 8);
        if (within(addr, 8)) {
            LONG.set(writable(addr >>> PAGE_BITS), addr & PAGE_MASK, data);
        } else {
            writeLittleEndian(addr, data, 8);
        }
    }

    @Override
    public long readLong(int addr) {
        check(addr, 8);
        if (within(addr, 8)) {
            byte[] p = view[addr >>> PAGE_BITS];
            return p == null ? 0 : (long) LONG.get(p, addr & PAGE_MASK);
        }
        return readLittleEndian(addr, 8);
    }

    @Override
    public void writeShort(int addr, short data) {
        check(addr, 2);
        if (within(addr, 2)) {
            SHORT.set(writable(addr >>> PAGE_BITS), addr & PAGE_MASK, data);
        } else {
            writeLittleEndian(addr, data, 2);
        }
    }

    @Override
    public short readShort(int addr) {
        check(addr, 2);
        if (within(addr, 2)) {
            byte[] p = view[addr >>> PAGE_BITS];
            return p == null ? 0 : (short) SHORT.get(p, addr & PAGE_MASK);
        }
        return (short) readLittleEndian(addr, 2);
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xffffL;
    }

    @Override
    public void writeByte(int addr, byte data) {
        check(addr, 1);
        writable(addr >>> PAGE_BITS)[addr & PAGE_MASK] = data;
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
        check(fromIndex, toIndex - fromIndex);
        for (int addr = fromIndex; addr < toIndex; ) {
            int page = addr >>> PAGE_BITS;
            int at = addr & PAGE_MASK;
            int n = Math.min(toIndex - addr, PAGE_SIZE - at);
            Arrays.fill(writable(page), at, at + n, value);
            addr += n;
        }
    }

    @Override
    public void copy(int dest, int src, int size) {
        check(src, size);
        check(dest, size);
        write(dest, readBytes(src, size));
    }

    @Override
    public void drop(int segment) {
        if (segment >= 0 && segment < segments.length) {
            segments = segments.clone();
            segments[segment] = null;
        }
    }
}
