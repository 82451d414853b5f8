package io.jnear.sdk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.jnear.sdk.U128;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
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
    record Sample(U128 totalSupply) {
    }

    @Test
    void everyPublicStaticFieldOfTheSdkIsFinalAndNotAnArrayOrMapper() throws Exception {
        List<String> mutable = new ArrayList<>();
        Path classes = Path.of(Json.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.')
                        .replace('\\', '.');
                Class<?> type = Class.forName(name, false, Json.class.getClassLoader());
                for (Field f : type.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isPublic(m) && Modifier.isStatic(m) && (!Modifier.isFinal(m) || f.getType().isArray()
                            || ObjectMapper.class.isAssignableFrom(f.getType()))) {
                        mutable.add(name + "." + f.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), mutable);
    }

    @Test
    void changingTheMapperAContractCanReachChangesNothingElse() throws IOException {
        ObjectMapper handedOut = Json.mapper();
        handedOut.setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

        assertEquals("{\"total_supply\":\"5\"}",
                new String(Json.toBytes(new Sample(U128.of(5))), StandardCharsets.UTF_8));
        assertTrue(handedOut.writeValueAsString(new Sample(U128.of(5))).contains("TotalSupply"));
    }
}
