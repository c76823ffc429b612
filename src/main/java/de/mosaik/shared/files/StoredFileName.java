package de.mosaik.shared.files;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file's name as stored and sent back: without folders and control characters, at most 255
 * characters, and ending with the extension of the format its content has (a PDF named {@code .exe} is
 * downloaded as {@code .exe.pdf}).
 */
public final class StoredFileName {

    private static final int MAX = 255;

    private StoredFileName() {}

    /** The name to keep for a file the browser called {@code original}; {@code fallback} when it gave none. */
    public static String tidy(@Nullable String original, DocumentFormat format, String fallback) {
        var name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        var extension = "." + format.extension();
        if (name.isEmpty() || name.equals(extension)) {
            name = fallback;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(extension)
                && !(format.extension().equals("jpg")
                        && name.toLowerCase(Locale.ROOT).endsWith(".jpeg"))) {
            name = name + extension;
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX - extension.length()) + extension;
        }
        return name;
    }

    /** The name without its extension, at most {@code max} characters: the title of a file when none was typed. */
    public static String title(String fileName, int max) {
        var dot = fileName.lastIndexOf('.');
        var title = dot > 0 ? fileName.substring(0, dot) : fileName;
        return title.length() > max ? title.substring(0, max) : title;
    }
}
