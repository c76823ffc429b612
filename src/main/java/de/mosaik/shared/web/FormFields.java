package de.mosaik.shared.web;

import java.lang.reflect.AnnotatedElement;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.util.ReflectionUtils;

/**
 * What a submitted parameter name ({@code givenName}, {@code people[3].email},
 * {@code answers[<id>]}) means for a form type: a single-line text, a multi-line text, another
 * value, an unusable row index, or nothing the form has. The binder and the tests both ask here.
 */
public final class FormFields {

    /** Rows beyond this index are refused: no form has that many, and a list would grow to it. */
    public static final int MAX_INDEX = 255;

    /** The meaning of one parameter name for a form type. */
    public enum Kind {
        SINGLE_LINE_TEXT,
        MULTI_LINE_TEXT,
        OTHER,
        UNKNOWN,
        BAD_INDEX
    }

    private FormFields() {}

    public static Kind kind(ResolvableType form, String name) {
        var current = form;
        AnnotatedElement declaration = null;
        int i = name.startsWith("!") ? 1 : 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = name.indexOf(']', i);
                if (end < 0) {
                    return Kind.UNKNOWN;
                }
                var raw = current.resolve(Object.class);
                if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
                    if (!validIndex(name.substring(i + 1, end))) {
                        return Kind.BAD_INDEX;
                    }
                    current = raw.isArray()
                            ? current.getComponentType()
                            : current.asCollection().getGeneric(0);
                } else if (Map.class.isAssignableFrom(raw)) {
                    current = current.asMap().getGeneric(1);
                } else {
                    return Kind.UNKNOWN;
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
                    end++;
                }
                var member = member(current.resolve(Object.class), name.substring(i, end));
                if (member == null) {
                    return Kind.UNKNOWN;
                }
                declaration = member.declaration();
                current = member.type();
                i = end;
            }
        }
        if (declaration == null || !isText(current)) {
            return declaration == null ? Kind.UNKNOWN : Kind.OTHER;
        }
        return declaration.isAnnotationPresent(MultiLine.class) ? Kind.MULTI_LINE_TEXT : Kind.SINGLE_LINE_TEXT;
    }

    /** A text, or a list of texts as a parameter given several times binds to. */
    static boolean isText(ResolvableType type) {
        var raw = type.resolve(Object.class);
        if (raw == String.class) {
            return true;
        }
        if (raw.isArray()) {
            return type.getComponentType().resolve(Object.class) == String.class;
        }
        return Collection.class.isAssignableFrom(raw)
                && type.asCollection().getGeneric(0).resolve(Object.class) == String.class;
    }

    public static boolean hasLineBreak(@Nullable Object value) {
        if (value instanceof String text) {
            return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        }
        if (value instanceof Object[] values) {
            for (var each : values) {
                if (hasLineBreak(each)) {
                    return true;
                }
            }
        }
        if (value instanceof Collection<?> values) {
            for (var each : values) {
                if (hasLineBreak(each)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean validIndex(String index) {
        if (index.isEmpty()) {
            return true;
        }
        if (index.length() > 3 || !index.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(index) <= MAX_INDEX;
    }

    private record Member(AnnotatedElement declaration, ResolvableType type) {}

    private static @Nullable Member member(Class<?> type, String name) {
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return new Member(component, ResolvableType.forMethodReturnType(component.getAccessor()));
                }
            }
            return null;
        }
        if (type.getName().startsWith("java.")) {
            return null;
        }
        var field = ReflectionUtils.findField(type, name);
        return field == null ? null : new Member(field, ResolvableType.forField(field));
    }
}
