package de.mosaik.events.web;

import de.mosaik.events.EventTexts;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event's own translation tab gave way to the shared translation editor; its address leads there, in the
 * language asked for, so that bookmarks keep working. Another tenant's event is not found, as before.
 */
@Controller
@BackOfficePage
class OldTranslationsTabRedirect {

    /** Language codes as the editor's links carry them (e.g. ar, einfach); anything else is left out. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,8}(-[A-Za-z0-9]{1,8})?");

    private final EventPages pages;

    OldTranslationsTabRedirect(EventPages pages) {
        this.pages = pages;
    }

    @GetMapping(EventRoutes.BASE + EventRoutes.EVENT + "/uebersetzungen")
    @PreAuthorize(Staff.EDIT)
    String redirect(
            BackOfficeTenant tenant,
            @PathVariable UUID id,
            @RequestParam(name = "sprache", required = false) @Nullable String language) {
        pages.event(tenant, id);
        var editor = tenant.path("/uebersetzungen/" + EventTexts.EVENT + "/" + id);
        return "redirect:" + editor
                + (language != null && LANGUAGE.matcher(language).matches() ? "?sprache=" + language : "");
    }
}
