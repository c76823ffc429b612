package de.mosaik.portal.web.media;

import de.mosaik.portal.domain.media.ImageLibrary;
import de.mosaik.portal.domain.media.ImageProcessor;
import de.mosaik.portal.domain.media.ImageRefusal;
import de.mosaik.portal.domain.media.ImageUrls;
import de.mosaik.portal.domain.media.StoredImage;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.FormErrors;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant's image library in the back office: upload, texts, delete. */
@Controller
@BackOfficePage
@PreAuthorize(ImageRoutes.EDIT)
class ImageLibraryController {

    private final ImageLibrary library;

    ImageLibraryController(ImageLibrary library) {
        this.library = library;
    }

    /** {@code datei=zu-gross}: the last upload was over the container's limit (see {@link OversizedImageUploads}). */
    @GetMapping(ImageRoutes.BACK_OFFICE)
    String list(
            BackOfficeTenant tenant,
            @RequestParam(name = OversizedImageUploads.PARAMETER, required = false) @Nullable String file,
            Model model) {
        var form = ImageForm.empty();
        if (!OversizedImageUploads.TOO_LARGE.equals(file)) {
            return listPage(tenant, form, FormErrors.none(), model);
        }
        var result = new BeanPropertyBindingResult(form, "form");
        result.rejectValue("file", "portal.images.file.notAccepted");
        return listPage(tenant, form, new FormErrors(result), model);
    }

    /**
     * Not marked as creating: the same file uploaded twice is found by its hash and gives the first
     * image, so a double click adds one image.
     */
    @PostMapping(ImageRoutes.BACK_OFFICE)
    String upload(
            BackOfficeTenant tenant,
            @ModelAttribute("form") ImageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var file = form.file();
        var refusal = fileRefusal(file);
        if (refusal != null) {
            result.rejectValue("file", refusal.messageKey());
        }
        form.check(result);
        if (result.hasErrors()) {
            return listPage(tenant, form, new FormErrors(result), model);
        }
        // The size was checked before the bytes are read.
        var uploaded = library.upload(tenant.id(), file.getBytes(), form.texts());
        if (uploaded.id() == null) {
            result.rejectValue("file", uploaded.refusal().messageKey());
            return listPage(tenant, form, new FormErrors(result), model);
        }
        redirect.addFlashAttribute("notice", "portal.images.uploaded");
        return "redirect:" + tenant.path(ImageRoutes.LIBRARY + "/" + uploaded.id());
    }

    @GetMapping(ImageRoutes.BACK_OFFICE + "/{id}")
    String edit(BackOfficeTenant tenant, @PathVariable UUID id, Model model) {
        var image = image(tenant, id);
        return editPage(tenant, image, ImageForm.of(image), FormErrors.none(), null, model);
    }

    @PostMapping(ImageRoutes.BACK_OFFICE + "/{id}")
    String update(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @ModelAttribute("form") ImageForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var image = image(tenant, id);
        form.check(result);
        if (result.hasErrors()) {
            return editPage(tenant, image, form, new FormErrors(result), null, model);
        }
        if (!library.updateTexts(tenant.id(), id, form.expectedVersion(), form.texts(), form.minor())) {
            // Somebody saved in between: their version number, this user's typing kept.
            var current = image(tenant, id);
            return editPage(
                    tenant,
                    current,
                    form.withVersion(current.version()),
                    FormErrors.none(),
                    "portal.images.conflict",
                    model);
        }
        redirect.addFlashAttribute("notice", "portal.images.saved");
        return "redirect:" + tenant.path(ImageRoutes.LIBRARY);
    }

    @PostMapping(ImageRoutes.BACK_OFFICE + "/{id}/loeschen")
    String delete(BackOfficeTenant tenant, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var image = image(tenant, id);
        return switch (library.delete(tenant.id(), id)) {
            case DELETED -> {
                redirect.addFlashAttribute("notice", "portal.images.deleted");
                yield "redirect:" + tenant.path(ImageRoutes.LIBRARY);
            }
            case IN_USE ->
                editPage(tenant, image, ImageForm.of(image), FormErrors.none(), "portal.images.inUse", model);
            case NOT_FOUND -> throw notFound();
        };
    }

    private static @Nullable ImageRefusal fileRefusal(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return ImageRefusal.MISSING;
        }
        return file.getSize() > ImageProcessor.MAX_BYTES ? ImageRefusal.TOO_LARGE : null;
    }

    private StoredImage image(BackOfficeTenant tenant, UUID id) {
        return library.byId(tenant.id(), id).orElseThrow(ImageLibraryController::notFound);
    }

    private String listPage(BackOfficeTenant tenant, ImageForm form, FormErrors errors, Model model) {
        var images = library.all(tenant.id());
        model.addAttribute(
                "images",
                images.stream()
                        .map(i ->
                                new ImageRow(i, ImageUrls.of(tenant.slug(), i, i.widthFor(ImageUrls.THUMBNAIL_WIDTH))))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portal/media/images";
    }

    private String editPage(
            BackOfficeTenant tenant,
            StoredImage image,
            ImageForm form,
            FormErrors errors,
            @Nullable String problem,
            Model model) {
        model.addAttribute("image", new ImageRow(image, ImageUrls.of(tenant.slug(), image, image.widthFor(960))));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "portal/media/image";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
