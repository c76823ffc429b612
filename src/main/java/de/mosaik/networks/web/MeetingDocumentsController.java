package de.mosaik.networks.web;

import de.mosaik.networks.MeetingDocuments.DocumentKind;
import de.mosaik.networks.domain.MeetingDocumentService;
import de.mosaik.networks.domain.MeetingDocumentService.Upload;
import de.mosaik.networks.domain.MeetingDocumentService.Uploader;
import de.mosaik.shared.files.DocumentFormat;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.CurrentUser;
import de.mosaik.shared.web.FormErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of one meeting in the members' area: the list, the upload form, the download and the
 * deletion by the uploader or the coordination. The meeting must belong to the opened network.
 */
@Controller
@BackOfficePage
class MeetingDocumentsController {

    static final String DOCUMENTS = NetworkRoutes.NETWORK + "/treffen/{meetingId}/dokumente";
    static final String DOCUMENT = DOCUMENTS + "/{documentId}";

    private final NetworkPages pages;
    private final MeetingDocumentService documents;

    MeetingDocumentsController(NetworkPages pages, MeetingDocumentService documents) {
        this.pages = pages;
        this.documents = documents;
    }

    /** {@code datei=zu-gross}: the last upload was over the container's limit (see {@link OversizedDocumentUploads}). */
    @GetMapping(DOCUMENTS)
    String list(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @RequestParam(name = OversizedDocumentUploads.PARAMETER, required = false) @Nullable String file,
            Model model) {
        var area = pages.prepare(network, model);
        var form = DocumentForm.empty();
        var result = new org.springframework.validation.BeanPropertyBindingResult(form, "form");
        if (OversizedDocumentUploads.TOO_LARGE.equals(file)) {
            result.rejectValue("file", "networks.documents.file.tooLarge");
        }
        return page(area, meetingId, form, new FormErrors(result), model);
    }

    /** Not marked as creating: a repeat with the same submission token gets the first upload's redirect. */
    @PostMapping(DOCUMENTS)
    String upload(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @ModelAttribute("form") DocumentForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var area = pages.prepare(network, model);
        meetingTitle(area, meetingId);
        var file = form.file();
        DocumentFormat format = null;
        byte[] content = new byte[0];
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "networks.documents.file.missing");
        } else if (file.getSize() > MeetingDocumentService.MAX_BYTES) {
            result.rejectValue("file", "networks.documents.file.tooLarge");
        } else {
            content = file.getBytes();
            format = DocumentFormat.of(content).orElse(null);
            if (format == null) {
                result.rejectValue("file", "networks.documents.file.type");
            }
        }
        if (form.typedTitle().length() > DocumentForm.TITLE_MAX) {
            result.rejectValue("title", "networks.documents.title.tooLong");
        }
        if (form.chosenKind().isEmpty()) {
            result.rejectValue("kind", "networks.documents.kind.required");
        }
        if (result.hasErrors() || format == null) {
            return page(area, meetingId, form, new FormErrors(result), model);
        }
        var fileName = FileNames.tidy(file.getOriginalFilename(), format);
        var title = form.typedTitle().isEmpty() ? FileNames.title(fileName) : form.typedTitle();
        documents.store(
                area.id(),
                meetingId,
                new Upload(title, form.chosenKind().get(), fileName, format, content),
                new Uploader(
                        user.accountId(),
                        user.displayName(),
                        user.email().strip().toLowerCase(Locale.ROOT)));
        redirect.addFlashAttribute("notice", "networks.documents.uploaded.notice");
        return "redirect:" + area.path("/treffen/" + meetingId + "/dokumente");
    }

    @GetMapping(DOCUMENT)
    ResponseEntity<byte[]> download(
            @PathVariable String network, @PathVariable UUID meetingId, @PathVariable UUID documentId) {
        var area = pages.open(network);
        var document = documents.download(area.id(), meetingId, documentId).orElseThrow(NetworkPages::notFound);
        var summary = document.summary();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(summary.contentType()))
                .contentLength(document.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(summary.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }

    @PostMapping(DOCUMENT + "/loeschen")
    String delete(
            @PathVariable String network,
            @PathVariable UUID meetingId,
            @PathVariable UUID documentId,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var area = pages.prepare(network, model);
        var summary = documents.summary(area.id(), meetingId, documentId).orElseThrow(NetworkPages::notFound);
        if (!area.coordinates() && !user.accountId().equals(summary.uploadedBy())) {
            throw new AccessDeniedException("only the uploader or the coordination deletes a document");
        }
        documents.delete(area.id(), meetingId, documentId);
        redirect.addFlashAttribute("notice", "networks.documents.deleted");
        return "redirect:" + area.path("/treffen/" + meetingId + "/dokumente");
    }

    private String page(NetworkArea area, UUID meetingId, DocumentForm form, FormErrors errors, Model model) {
        model.addAttribute("meetingTitle", meetingTitle(area, meetingId));
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("documents", documents.of(area.id(), meetingId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", MeetingDocumentService.MAX_BYTES / (1024 * 1024));
        model.addAttribute("kinds", DocumentKind.values());
        return "networks/documents";
    }

    /** The meeting's title, if it is a meeting of this network; otherwise 404. */
    private String meetingTitle(NetworkArea area, UUID meetingId) {
        return documents.meetingTitle(area.id(), meetingId).orElseThrow(NetworkPages::notFound);
    }
}
