package de.mosaik.networks.web;

import de.mosaik.networks.domain.DocumentFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A document's file name as stored and sent back: without folders and control characters, at most 255
 * characters, and ending with the extension of the format its content has (a PDF named {@code .exe} is
 * downloaded as {@code .exe.pdf}).
 */
final class FileNames {

    private static final int MAX = 255;

    private FileNames() {}

    static String tidy(@Nullable String original, DocumentFormat format) {
        var name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        var extension = "." + format.extension();
        if (name.isEmpty() || name.equals(extension)) {
            name = "dokument";
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

    /** The title a document gets when none was typed: its file name without the extension. */
    static String title(String fileName) {
        var dot = fileName.lastIndexOf('.');
        var title = dot > 0 ? fileName.substring(0, dot) : fileName;
        return title.length() > DocumentForm.TITLE_MAX ? title.substring(0, DocumentForm.TITLE_MAX) : title;
    }
}
