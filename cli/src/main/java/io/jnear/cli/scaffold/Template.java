package io.jnear.cli.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text file with {@code ${name}} placeholders. {@code $${name}} stands for a literal {@code ${name}}
 * (a Maven property reference in a generated pom). A placeholder without a value is an error rather
 * than text left in the output, so a typo in a template cannot reach a user's project.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\$?)\\$\\{([A-Za-z][A-Za-z0-9.]*)}");

    private final String name;
    private final String text;

    Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** The template {@code name} from the resources beside this class. */
    static Template load(String name) {
        try (InputStream in = Template.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jnear CLI was built without the template " + name);
            }
            return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = "${" + m.group(2) + "}";
            } else {
                replacement = values.get(m.group(2));
                if (replacement == null) {
                    throw new IllegalStateException("template " + name + " uses ${" + m.group(2)
                            + "}, which has no value");
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
