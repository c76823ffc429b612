package de.mosaik.organisations.web;

import de.mosaik.organisations.Organisations;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The picker other modules' forms load with htmx: the bodies matching {@code q} as a group of radio
 * buttons named {@code feld} (see the module's package documentation for its use). Signed-in people only.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class OrganisationPickerController {

    static final int LIMIT = 10;
    static final String DEFAULT_FIELD = "organisationId";

    private final Organisations register;

    OrganisationPickerController(Organisations register) {
        this.register = register;
    }

    @GetMapping(OrganisationRoutes.PICKER)
    String pick(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "feld", required = false) @Nullable String field,
            Model model) {
        var text = query == null ? "" : query.strip();
        model.addAttribute("query", text);
        model.addAttribute(
                "field", field != null && field.matches("[a-zA-Z][a-zA-Z0-9]{0,40}") ? field : DEFAULT_FIELD);
        model.addAttribute("bodies", text.length() < 2 ? List.of() : register.search(text, LIMIT));
        return "organisations/picker";
    }
}
