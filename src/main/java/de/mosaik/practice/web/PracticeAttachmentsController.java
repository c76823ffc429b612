package de.mosaik.practice.web;

import de.mosaik.practice.domain.PracticeExample;
import de.mosaik.practice.domain.PracticeExampleService;
import de.mosaik.shared.files.OversizedUploads;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The attachments of an example on its author's pages: in a tenant's back office (any of its staff) and in a
 * network's members' area (the author only), and the download for the network's editors while they review.
 * Upload and removal are not marked as creating: a repeat with the same submission token gets the first
 * answer's redirect (RepeatedSubmissionFilter), and a second removal finds nothing.
 */
@Controller
@BackOfficePage
class PracticeAttachmentsController implements OversizedUploads.UploadForms {

    static final String OFFICE = OfficePracticeController.BASE + "/{id}/anhaenge";
    static final String NETWORK = NetworkPracticeController.BASE + "/{exampleId}/anhaenge";
    static final String REVIEW = PracticeReviewController.REVIEW + "/{exampleId}/anhaenge/{attachmentId}";

    private static final String UUID_PATTERN = "[0-9a-fA-F-]{36}";

    private final PracticeEditing editing;
    private final AttachmentPages pages;
    private final PracticeExampleService service;
    private final PracticeNetworkAccess access;

    PracticeAttachmentsController(
            PracticeEditing editing,
            AttachmentPages pages,
            PracticeExampleService service,
            PracticeNetworkAccess access) {
        this.editing = editing;
        this.pages = pages;
        this.service = service;
        this.access = access;
    }

    @Override
    public List<Pattern> uploadPaths() {
        return List.of(
                Pattern.compile("/verwaltung/[a-z0-9-]+/praxisbeispiele/" + UUID_PATTERN + "/anhaenge"),
                Pattern.compile("/netzwerke/[a-z0-9-]+/praxisbeispiele/" + UUID_PATTERN + "/anhaenge"));
    }

    /** The example's page; where an upload over the container's limit lands with the message. */
    @GetMapping(OFFICE)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    String officeTooLarge(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = OversizedUploads.PARAMETER, required = false) @Nullable String file,
            Model model) {
        var place = office(tenant);
        var example = ofTenant(tenant, id);
        return pages.uploadPage(place.path("/" + id), example, file, model, () -> editing.edit(place, example, model));
    }

    @PostMapping(OFFICE)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    String officeUpload(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("attachmentForm") AttachmentForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var place = office(tenant);
        var example = ofTenant(tenant, id);
        return pages.upload(
                place.path("/" + id),
                example,
                form,
                result,
                user,
                locale,
                model,
                redirect,
                () -> editing.edit(place, example, model));
    }

    @GetMapping(OFFICE + "/{attachmentId}")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    ResponseEntity<byte[]> officeDownload(
            BackOfficeTenant tenant, @PathVariable UUID id, @PathVariable UUID attachmentId) {
        return pages.download(ofTenant(tenant, id), attachmentId);
    }

    @PostMapping(OFFICE + "/{attachmentId}/entfernen")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
    String officeRemove(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @PathVariable UUID attachmentId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        var place = office(tenant);
        return pages.remove(place.path("/" + id), ofTenant(tenant, id), attachmentId, user, locale, redirect);
    }

    @GetMapping(NETWORK)
    String networkTooLarge(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @RequestParam(name = OversizedUploads.PARAMETER, required = false) @Nullable String file,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        var area = access.open(network, user);
        var example = own(area, user, exampleId);
        return pages.uploadPage(
                area.place().path("/" + exampleId),
                example,
                file,
                model,
                () -> editing.edit(area.place(), example, model));
    }

    @PostMapping(NETWORK)
    String networkUpload(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @ModelAttribute("attachmentForm") AttachmentForm form,
            BindingResult result,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var area = access.open(network, user);
        var example = own(area, user, exampleId);
        return pages.upload(
                area.place().path("/" + exampleId),
                example,
                form,
                result,
                user,
                locale,
                model,
                redirect,
                () -> editing.edit(area.place(), example, model));
    }

    @GetMapping(NETWORK + "/{attachmentId}")
    ResponseEntity<byte[]> networkDownload(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @PathVariable UUID attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        var area = access.open(network, user);
        return pages.download(own(area, user, exampleId), attachmentId);
    }

    @PostMapping(NETWORK + "/{attachmentId}/entfernen")
    String networkRemove(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @PathVariable UUID attachmentId,
            @AuthenticationPrincipal CurrentUser user,
            Locale locale,
            RedirectAttributes redirect) {
        var area = access.open(network, user);
        return pages.remove(
                area.place().path("/" + exampleId), own(area, user, exampleId), attachmentId, user, locale, redirect);
    }

    /** The network's editors read the attachments of the examples they review, published or not. */
    @GetMapping(REVIEW)
    ResponseEntity<byte[]> reviewDownload(
            @PathVariable String network,
            @PathVariable UUID exampleId,
            @PathVariable UUID attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        var area = access.review(network, user);
        var example = service.ofNetwork(area.network().id(), exampleId).orElseThrow(PracticeNetworkAccess::notFound);
        return pages.download(example, attachmentId);
    }

    static Place office(BackOfficeTenant tenant) {
        return new Place(tenant.path("/praxisbeispiele"), tenant.id(), null);
    }

    private PracticeExample ofTenant(BackOfficeTenant tenant, UUID id) {
        return service.ofTenant(tenant.id(), id).orElseThrow(PracticeNetworkAccess::notFound);
    }

    private PracticeExample own(PracticeNetworkAccess.Area area, CurrentUser user, UUID exampleId) {
        return service.ofAuthor(area.network().id(), user.accountId(), exampleId)
                .orElseThrow(PracticeNetworkAccess::notFound);
    }
}
