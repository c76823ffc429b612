package de.mosaik.networks.web;

import de.mosaik.networks.MeetingDocuments.DocumentKind;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A document as uploaded: the file, an optional title (the file's name when empty) and its kind. */
public record DocumentForm(
        @Nullable MultipartFile file,
        @Nullable String title,
        @Nullable String kind) {

    static final int TITLE_MAX = 200;

    static DocumentForm empty() {
        return new DocumentForm(null, "", DocumentKind.SLIDES.name());
    }

    Optional<DocumentKind> chosenKind() {
        return Arrays.stream(DocumentKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst();
    }

    public String typedTitle() {
        return title == null ? "" : title.strip();
    }

    public String chosen() {
        return kind == null ? "" : kind;
    }
}
