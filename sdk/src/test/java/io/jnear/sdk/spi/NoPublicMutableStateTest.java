package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every contract shares the SDK's classes, so a public static that can be changed is a way for one
 * contract to change how all others behave. There is none.
 */
class NoPublicMutableStateTest {
    @Test
    void everyPublicStaticFieldOfTheSdkIsFinalAndNotAnArray() throws Exception {
        List<String> mutable = new ArrayList<>();
        Path classes = Path.of(ContractCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.')
                        .replace('\\', '.');
                Class<?> type = Class.forName(name, false, ContractCode.class.getClassLoader());
                for (Field f : type.getDeclaredFields()) {
                    int m = f.getModifiers();
                    boolean changeable = !Modifier.isFinal(m) || f.getType().isArray();
                    if (Modifier.isPublic(m) && Modifier.isStatic(m) && changeable) {
                        mutable.add(name + "." + f.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), mutable);
    }
}
