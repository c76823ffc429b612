package de.mosaik.networks.web;

import de.mosaik.shared.files.DocumentFormat;
import de.mosaik.shared.files.StoredFileName;
import org.jspecify.annotations.Nullable;

/** A meeting document's file name as stored and sent back (see {@link StoredFileName}). */
final class FileNames {

    private FileNames() {}

    static String tidy(@Nullable String original, DocumentFormat format) {
        return StoredFileName.tidy(original, format, "dokument");
    }

    /** The title a document gets when none was typed: its file name without the extension. */
    static String title(String fileName) {
        return StoredFileName.title(fileName, DocumentForm.TITLE_MAX);
    }
}
