package de.mosaik.practice.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as the author attaches it: the file and an optional title (the file's name when empty). The names
 * differ from the example form's fields, which share the page.
 */
public record AttachmentForm(
        @Nullable MultipartFile attachmentFile, @Nullable String attachmentTitle) {

    static AttachmentForm empty() {
        return new AttachmentForm(null, "");
    }

    public String typedTitle() {
        return attachmentTitle == null ? "" : attachmentTitle.strip();
    }
}
