package de.mosaik.events.web;

import de.mosaik.events.domain.EventContentService;
import de.mosaik.events.domain.TranslatableField;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
 * The translations of an event's texts, one language at a time, side by side with the German.
 * Each text is saved against the version staff saw, so that two translators do not overwrite
 * each other unseen.
 */
@Controller
@BackOfficePage
class EventTranslationsController {

    static final String PAGE = "/uebersetzungen";
    static final String LANGUAGE = "sprache";

    private final EventContentService content;
    private final EventPages pages;

    EventTranslationsController(EventContentService content, EventPages pages) {
        this.content = content;
        this.pages = pages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + PAGE)
    @PreAuthorize(Staff.EDIT)
    String show(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = LANGUAGE, required = false) @Nullable String code,
            Model model) {
        var language = language(code);
        pages.prepare(tenant, id, model);
        return page(tenant, id, language, Map.of(), List.of(), model);
    }

    @PostMapping(EventRoutes.BASE + EventRoutes.EVENT + PAGE)
    @PreAuthorize(Staff.EDIT)
    String save(
            @AuthenticationPrincipal CurrentUser user,
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam Map<String, String> parameters,
            Model model,
            RedirectAttributes redirect) {
        var language = language(parameters.get(LANGUAGE));
        pages.event(tenant, id);
        var sources = content.sources(tenant.id(), id).orElseThrow(EventPages::notFound);
        var edits = new LinkedHashMap<TranslatableField, TranslationEdit>();
        var entered = new LinkedHashMap<String, String>();
        for (var field : content.fields(sources)) {
            var text = parameters.get("text_" + field.id());
            if (text == null) {
                continue;
            }
            entered.put(field.id(), text);
            edits.put(
                    field,
                    new TranslationEdit(
                            text,
                            status(parameters.get("status_" + field.id())),
                            version(parameters.get("version_" + field.id())),
                            "true".equals(parameters.get("current_" + field.id()))));
        }
        var conflicts = content.saveTranslations(tenant.id(), id, language, edits, Staff.editor(user));
        if (!conflicts.isEmpty()) {
            pages.prepare(tenant, id, model);
            var kept = new LinkedHashMap<String, String>();
            conflicts.forEach(field -> kept.put(field.id(), entered.get(field.id())));
            return page(tenant, id, language, kept, conflicts, model);
        }
        redirect.addFlashAttribute("notice", "events.translations.saved");
        return "redirect:" + EventPages.path(tenant, id, PAGE) + "?" + LANGUAGE + "=" + language.code();
    }

    private String page(
            BackOfficeTenant tenant,
            UUID id,
            ContentLanguage language,
            Map<String, String> kept,
            List<TranslatableField> conflicts,
            Model model) {
        var sources = content.sources(tenant.id(), id).orElseThrow(EventPages::notFound);
        model.addAttribute("languages", ContentLanguage.defaultTargets());
        model.addAttribute("language", language);
        model.addAttribute("fields", content.fields(sources));
        model.addAttribute("kept", kept);
        model.addAttribute("conflicts", conflicts);
        return "events/admin/translations";
    }

    /** The language asked for, the first target language when none is; an unknown one is a bad request. */
    private static ContentLanguage language(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return ContentLanguage.defaultTargets().get(0);
        }
        return ContentLanguage.defaultTargets().stream()
                .filter(l -> l.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }

    private static TranslationStatus status(@Nullable String value) {
        if ("PUBLISHED".equals(value)) {
            return TranslationStatus.PUBLISHED;
        }
        if (value == null || "DRAFT".equals(value)) {
            return TranslationStatus.DRAFT;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    private static int version(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return Integer.parseInt(value);
    }
}
