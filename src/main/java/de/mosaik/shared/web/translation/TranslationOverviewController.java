package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.work.TranslationWork;
import de.mosaik.shared.translation.work.XliffExchange;
import de.mosaik.shared.translation.work.XliffReader;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's translation overview with its filters, the XLIFF export of what the filter shows into one
 * language, and the import of the file a translation agency returns.
 */
@Controller
@BackOfficePage
@PreAuthorize(TranslationRoutes.EDIT)
class TranslationOverviewController {

    static final String KIND = "art";
    static final String PROGRESS = "stand";

    private final TranslationWork work;
    private final XliffExchange xliff;

    TranslationOverviewController(TranslationWork work, XliffExchange xliff) {
        this.work = work;
        this.xliff = xliff;
    }

    @GetMapping(TranslationRoutes.BASE + TranslationRoutes.OVERVIEW)
    String overview(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @RequestParam(name = KIND, required = false) @Nullable String kind,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String language,
            @RequestParam(name = PROGRESS, required = false) @Nullable String progress,
            Model model) {
        model.addAttribute("page", page(user, tenant, kind, language, progress, List.of()));
        return "shared/translation/overview";
    }

    @GetMapping(TranslationRoutes.BASE + TranslationRoutes.XLIFF)
    ResponseEntity<byte[]> export(
            BackOfficeTenant tenant,
            @RequestParam(name = KIND, required = false) @Nullable String kind,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String code,
            @RequestParam(name = PROGRESS, required = false) @Nullable String progress) {
        var languages = work.languages(tenant.id());
        var target = TranslationParameters.language(code, languages, languages.get(0));
        var filter = filter(kind, target, progress);
        var items = work.overview(tenant.id(), filter).rows().stream()
                .map(TranslationWork.OverviewRow::texts)
                .toList();
        return download(xliff.export(items, target, tenant.slug()), tenant.slug() + "-" + target.code());
    }

    @PostMapping(TranslationRoutes.BASE + TranslationRoutes.XLIFF)
    String importFile(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @RequestParam(name = "datei", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "veroeffentlichen", required = false) @Nullable String publish,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var bytes = file == null ? new byte[0] : file.getSize() > XliffReader.MAX_BYTES ? tooLarge() : file.getBytes();
        var status = "true".equals(publish) ? TranslationStatus.PUBLISHED : TranslationStatus.DRAFT;
        var outcome = xliff.importFile(tenant.id(), bytes, status, user.accountId());
        if (outcome.refused()) {
            model.addAttribute("page", page(user, tenant, null, null, null, outcome.problems()));
            return "shared/translation/overview";
        }
        redirect.addFlashAttribute("notice", "translation.import.done");
        var language = outcome.language();
        return "redirect:" + tenant.path(TranslationRoutes.OVERVIEW)
                + (language == null ? "" : "?" + TranslationRoutes.LANGUAGE + "=" + language.code());
    }

    /** Bigger than the reader takes: it refuses it with the size in its message. */
    private static byte[] tooLarge() {
        return new byte[XliffReader.MAX_BYTES + 1];
    }

    static ResponseEntity<byte[]> download(byte[] body, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xliff+xml"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + ".xlf")
                                .build()
                                .toString())
                .body(body);
    }

    private TranslationOverviewPage page(
            CurrentUser user,
            BackOfficeTenant tenant,
            @Nullable String kind,
            @Nullable String code,
            @Nullable String progress,
            List<de.mosaik.shared.translation.work.ImportProblem> problems) {
        var languages = work.languages(tenant.id());
        var language = TranslationParameters.language(code, languages, null);
        var filter = filter(kind, language, progress);
        return new TranslationOverviewPage(
                work.kinds(),
                languages,
                filter.ownerKind(),
                language,
                filter.progress(),
                work.overview(tenant.id(), filter),
                problems,
                user.tenantAdmin());
    }

    private TranslationWork.OverviewFilter filter(
            @Nullable String kind, @Nullable ContentLanguage language, @Nullable String progress) {
        if (kind != null && !kind.isBlank() && work.kind(kind).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return new TranslationWork.OverviewFilter(
                kind == null || kind.isBlank() ? null : kind, language, TranslationParameters.progress(progress));
    }
}
