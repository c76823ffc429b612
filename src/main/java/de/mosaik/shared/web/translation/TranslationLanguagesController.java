package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationLanguages;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant administrator's choice of translation languages besides the default ones: Bulgarian, Romanian,
 * Farsi … by ISO 639 code, shown with the language's own name.
 */
@Controller
@BackOfficePage
@PreAuthorize("hasRole('TENANT_ADMIN')")
class TranslationLanguagesController {

    private final TranslationLanguages languages;

    TranslationLanguagesController(TranslationLanguages languages) {
        this.languages = languages;
    }

    @GetMapping(TranslationRoutes.BASE + TranslationRoutes.LANGUAGES)
    String show(BackOfficeTenant tenant, Model model) {
        return page(tenant, "", false, model);
    }

    @PostMapping(TranslationRoutes.BASE + TranslationRoutes.LANGUAGES)
    String add(
            BackOfficeTenant tenant,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String code,
            Model model,
            RedirectAttributes redirect) {
        var entered = code == null ? "" : code.strip();
        var normalized = entered.toLowerCase(java.util.Locale.ROOT);
        if (!normalized.matches("[a-z]{2,3}") || !TranslationLanguages.addable(new ContentLanguage(normalized))) {
            return page(tenant, entered, true, model);
        }
        languages.add(tenant.id(), new ContentLanguage(normalized));
        redirect.addFlashAttribute("notice", "translation.languages.added.notice");
        return "redirect:" + tenant.path(TranslationRoutes.LANGUAGES);
    }

    @PostMapping(TranslationRoutes.BASE + TranslationRoutes.LANGUAGES + "/entfernen")
    String remove(
            BackOfficeTenant tenant,
            @RequestParam(name = TranslationRoutes.LANGUAGE, required = false) @Nullable String code,
            RedirectAttributes redirect) {
        if (code != null && ContentLanguage.valid(code)) {
            languages.remove(tenant.id(), new ContentLanguage(code));
            redirect.addFlashAttribute("notice", "translation.languages.removed");
        }
        return "redirect:" + tenant.path(TranslationRoutes.LANGUAGES);
    }

    private String page(BackOfficeTenant tenant, String entered, boolean invalid, Model model) {
        model.addAttribute(
                "page",
                new TranslationLanguagesPage(
                        ContentLanguage.defaultTargets(), languages.added(tenant.id()), entered, invalid));
        return "shared/translation/languages";
    }
}
