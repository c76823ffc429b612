package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationWork;
import de.mosaik.shared.translation.work.XliffExchange;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The side-by-side editor of any owner's texts, one language at a time. Each text is saved against the version
 * staff saw; a text a colleague saved meanwhile is refused and comes back with what was typed.
 */
@Controller
@BackOfficePage
@PreAuthorize(TranslationRoutes.EDIT)
class TranslationEditorController {

    private final TranslationWork work;
    private final XliffExchange xliff;

    TranslationEditorController(TranslationWork work, XliffExchange xliff) {
        this.work = work;
        this.xliff = xliff;
    }

    @GetMapping(TranslationRoutes.BASE + TranslationRoutes.ITEM)
    String show(
            BackOfficeTenant tenant,
            @PathVariable String ownerKind,
            @PathVariable UUID ownerId,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String code,
            Model model) {
        var texts = texts(tenant, ownerKind, ownerId);
        return page(tenant, texts, language(tenant, code), Map.of(), List.of(), model);
    }

    @PostMapping(TranslationRoutes.BASE + TranslationRoutes.ITEM)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable String ownerKind,
            @PathVariable UUID ownerId,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        var texts = texts(tenant, ownerKind, ownerId);
        var language = language(tenant, parameters.get(TranslationRoutes.LANGUAGE));
        var form = TranslationEditorForm.read(texts, parameters);
        var conflicts = work.save(tenant.id(), texts, language, form.edits(), user.accountId());
        if (!conflicts.isEmpty()) {
            return page(
                    tenant, texts(tenant, ownerKind, ownerId), language, form.kept(texts, conflicts), conflicts, model);
        }
        redirect.addFlashAttribute("notice", "translation.editor.saved");
        return "redirect:" + TranslationRoutes.editor(tenant, ownerKind, ownerId, language);
    }

    @GetMapping(TranslationRoutes.BASE + TranslationRoutes.ITEM + "/xliff")
    ResponseEntity<byte[]> export(
            BackOfficeTenant tenant,
            @PathVariable String ownerKind,
            @PathVariable UUID ownerId,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String code) {
        var texts = texts(tenant, ownerKind, ownerId);
        var language = language(tenant, code);
        return TranslationOverviewController.download(
                xliff.export(List.of(texts), language, tenant.slug()),
                tenant.slug() + "-" + ownerKind + "-" + ownerId + "-" + language.code());
    }

    private String page(
            BackOfficeTenant tenant,
            TranslationWork.ItemTexts texts,
            ContentLanguage language,
            Map<String, String> kept,
            List<String> conflicts,
            Model model) {
        var editPath = texts.item().editPath();
        model.addAttribute(
                "page",
                new TranslationEditorPage(
                        texts,
                        work.languages(tenant.id()),
                        language,
                        kept,
                        conflicts,
                        editPath.startsWith("/verwaltung/") ? editPath : tenant.path(editPath),
                        tenant));
        return "shared/translation/editor";
    }

    private TranslationWork.ItemTexts texts(BackOfficeTenant tenant, String ownerKind, UUID ownerId) {
        return work.item(tenant.id(), ownerKind, ownerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ContentLanguage language(BackOfficeTenant tenant, @Nullable String code) {
        var languages = work.languages(tenant.id());
        var language = TranslationParameters.language(code, languages, languages.get(0));
        if (language == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return language;
    }
}
