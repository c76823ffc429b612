package de.mosaik.practice.web;

import de.mosaik.practice.domain.Attachment;
import de.mosaik.practice.domain.PracticeAttachments;
import de.mosaik.practice.domain.PracticeAttachments.Refusal;
import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeRecommendationLinks;
import de.mosaik.practice.domain.PracticeReviewPolicy;
import de.mosaik.shared.files.DocumentFormat;
import de.mosaik.shared.files.OversizedUploads;
import de.mosaik.shared.files.StoredFileName;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The author's attachments of an example, the same in a tenant's back office and a network's members' area:
 * the part of the form page, the upload with its checks by content, removing and the download. The
 * controllers find the place and check that the example belongs there before calling in.
 */
@Component
class AttachmentPages {

    static final String PART = "attachments";

    private final PracticeAttachments attachments;
    private final PracticeRecommendationLinks links;

    AttachmentPages(PracticeAttachments attachments, PracticeRecommendationLinks links) {
        this.attachments = attachments;
        this.links = links;
    }

    /** Puts the part of the example's page into the model, unless an upload with problems already did. */
    void addTo(Model model, String base, PracticeExample example) {
        if (!model.containsAttribute(PART)) {
            model.addAttribute(PART, part(base, example, AttachmentForm.empty(), FormErrors.none(), null));
        }
    }

    AttachmentsPart part(
            String base, PracticeExample example, AttachmentForm form, FormErrors errors, @Nullable String problem) {
        return new AttachmentsPart(
                base,
                example,
                attachments.of(example.id()),
                form,
                errors,
                problem,
                PracticeReviewPolicy.authorMayEdit(example.status()),
                links.implemented(example.id(), example.networkId()));
    }

    /**
     * The example's page at the upload's address: where an upload over the container's limit lands
     * ({@code datei=zu-gross}, see {@link OversizedUploads}), then with the message at the file field.
     */
    String uploadPage(String base, PracticeExample example, @Nullable String file, Model model, Supplier<String> page) {
        if (OversizedUploads.TOO_LARGE.equals(file)) {
            var form = AttachmentForm.empty();
            var result = new BeanPropertyBindingResult(form, "attachmentForm");
            result.rejectValue("attachmentFile", "practiceoffice.attachment.file.tooLarge");
            model.addAttribute(PART, part(base, example, form, new FormErrors(result), null));
        }
        return page.get();
    }

    String upload(
            String base,
            PracticeExample example,
            AttachmentForm form,
            BindingResult result,
            CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            Supplier<String> page)
            throws IOException {
        var file = form.attachmentFile();
        DocumentFormat format = null;
        byte[] content = new byte[0];
        if (file == null || file.isEmpty()) {
            result.rejectValue("attachmentFile", "practiceoffice.attachment.file.missing");
        } else if (file.getSize() > PracticeAttachments.MAX_BYTES) {
            result.rejectValue("attachmentFile", "practiceoffice.attachment.file.tooLarge");
        } else {
            content = file.getBytes();
            format = DocumentFormat.of(content).orElse(null);
            if (format == null) {
                result.rejectValue("attachmentFile", "practiceoffice.attachment.file.type");
            }
        }
        if (form.typedTitle().length() > PracticeAttachments.TITLE_MAX) {
            result.rejectValue("attachmentTitle", "practiceoffice.attachment.title.tooLong");
        }
        if (result.hasErrors() || format == null || file == null) {
            model.addAttribute(PART, part(base, example, form, new FormErrors(result), null));
            return page.get();
        }
        var fileName = StoredFileName.tidy(file.getOriginalFilename(), format, "anhang");
        var title = form.typedTitle().isEmpty()
                ? StoredFileName.title(fileName, PracticeAttachments.TITLE_MAX)
                : form.typedTitle();
        var refused =
                attachments.add(example.id(), PracticeEditing.author(user, locale), title, fileName, format, content);
        if (refused.isPresent()) {
            model.addAttribute(PART, part(base, example, form, FormErrors.none(), problem(refused.get())));
            return page.get();
        }
        redirect.addFlashAttribute("notice", "practiceoffice.attachment.added");
        return "redirect:" + base + "#anhaenge";
    }

    String remove(
            String base,
            PracticeExample example,
            UUID attachmentId,
            CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        var refused = attachments.remove(example.id(), attachmentId, PracticeEditing.author(user, locale));
        if (refused.isPresent() && refused.get() == Refusal.UNKNOWN) {
            throw PracticeNetworkAccess.notFound();
        }
        redirect.addFlashAttribute(
                "notice", refused.isPresent() ? problem(refused.get()) : "practiceoffice.attachment.removed");
        return "redirect:" + base + "#anhaenge";
    }

    /** The download for the author or the network's editors: never kept by caches. */
    ResponseEntity<byte[]> download(PracticeExample example, UUID attachmentId) {
        var stored = attachments.download(example.id(), attachmentId).orElseThrow(PracticeNetworkAccess::notFound);
        return answer(stored, CacheControl.noStore()).body(stored.content());
    }

    /** The answer's headers for a stored attachment: its type, a safe name, and no guessing of the type. */
    static ResponseEntity.BodyBuilder answer(Attachment.Stored stored, @Nullable CacheControl cache) {
        var attachment = stored.attachment();
        var answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(stored.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff");
        return cache == null ? answer : answer.cacheControl(cache);
    }

    private static String problem(Refusal refusal) {
        return switch (refusal) {
            case LOCKED -> "practiceoffice.attachment.locked";
            case TOO_MANY -> "practiceoffice.attachment.tooMany";
            case UNKNOWN -> "practiceoffice.attachment.unknown";
        };
    }
}
