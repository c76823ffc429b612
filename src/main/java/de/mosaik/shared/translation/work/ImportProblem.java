package de.mosaik.shared.translation.work;

import java.util.List;

/**
 * One reason an XLIFF file is refused, as a message key of the {@code translation} bundle and its arguments, so
 * that the importer reads it in their language. {@code unit} names the unit, or is empty for the whole file.
 */
public record ImportProblem(String unit, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem("", messageKey, List.of(arguments));
    }

    static ImportProblem ofUnit(String unit, String messageKey, Object... arguments) {
        return new ImportProblem(unit, messageKey, List.of(arguments));
    }
}
