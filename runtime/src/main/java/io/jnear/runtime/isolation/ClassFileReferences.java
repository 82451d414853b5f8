package io.jnear.runtime.isolation;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes one class file names: its constant pool's class entries and every class in the
 * descriptors of its pool, fields and methods. Enough to find the classes a contract can run without
 * a bytecode library; the sandbox checks each of them in full before any runs.
 */
final class ClassFileReferences {
    private ClassFileReferences() {
    }

    /** Internal names ({@code java/lang/String}) of the classes {@code classFile} refers to. */
    static Set<String> of(byte[] classFile) {
        Set<String> names = new TreeSet<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classIndex = new int[count];
            int[] descriptorIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classIndex[i] = in.readUnsignedShort();
                    case 16 -> descriptorIndex[i] = in.readUnsignedShort();
                    case 12 -> {
                        in.readUnsignedShort();
                        descriptorIndex[i] = in.readUnsignedShort();
                    }
                    case 8, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            for (int i = 1; i < count; i++) {
                if (classIndex[i] != 0) {
                    addClass(names, utf8[classIndex[i]]);
                }
                if (descriptorIndex[i] != 0) {
                    addDescriptor(names, utf8[descriptorIndex[i]]);
                }
            }
            in.skipBytes(6);
            in.skipBytes(2 * in.readUnsignedShort());
            for (int members = 0; members < 2; members++) {
                int n = in.readUnsignedShort();
                for (int m = 0; m < n; m++) {
                    in.skipBytes(4);
                    addDescriptor(names, utf8[in.readUnsignedShort()]);
                    int attributes = in.readUnsignedShort();
                    for (int a = 0; a < attributes; a++) {
                        in.skipBytes(2);
                        in.skipBytes(in.readInt());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void addClass(Set<String> names, String name) {
        if (name.startsWith("[")) {
            addDescriptor(names, name);
        } else {
            names.add(name);
        }
    }

    private static void addDescriptor(Set<String> names, String descriptor) {
        int at = descriptor.indexOf('L');
        while (at >= 0) {
            int end = descriptor.indexOf(';', at);
            if (end < 0) {
                return;
            }
            names.add(descriptor.substring(at + 1, end));
            at = descriptor.indexOf('L', end);
        }
    }
}
