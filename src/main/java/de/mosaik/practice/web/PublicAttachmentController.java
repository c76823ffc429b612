package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeAttachments;
import de.mosaik.shared.web.PublicCaching;
import de.mosaik.shared.web.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The download of a published example's attachment, open to everyone: cacheable with an ETag from the stored
 * file's hash; an unpublished example's attachments are not found here (its author and editors read them on
 * their own pages).
 */
@Controller
class PublicAttachmentController {

    static final String PATH = LibraryAddress.PATH + "/{exampleSlug}/anhaenge/{attachmentId}";

    private final PracticeAttachments attachments;

    PublicAttachmentController(PracticeAttachments attachments) {
        this.attachments = attachments;
    }

    @PublicContent
    @GetMapping(PATH)
    ResponseEntity<byte[]> download(
            @PathVariable String exampleSlug,
            @PathVariable UUID attachmentId,
            HttpServletRequest request,
            HttpServletResponse response) {
        var stored =
                attachments.publishedDownload(exampleSlug, attachmentId).orElseThrow(PracticeNetworkAccess::notFound);
        var tag = (stored.attachment().id() + ":" + stored.attachment().sha256()).getBytes(StandardCharsets.UTF_8);
        if (PublicCaching.notModified(request, response, tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
        }
        // Caching as every public answer (PublicCaching set it above): short and public, never for a signed-in reader.
        return AttachmentPages.answer(stored, null).body(stored.content());
    }
}
