package de.mosaik.shared.web.translation;

import de.mosaik.shared.text.Readability;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The readability figure of a German or Einfache Sprache text while it is typed: editors post the text of one field
 * (htmx, debounced; {@code feld} names it, {@code ziel} is the id the figure gets) and get the figure's fragment back. Nothing is written; without JavaScript the editors show the
 * figure of the saved text instead.
 */
@Controller
@BackOfficePage
@PreAuthorize(TranslationRoutes.EDIT)
class ReadabilityController {

    /** A form field's name and the element id the fragment goes into: plain words only. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /** Longer texts are cut, so that a huge paste cannot make each keystroke expensive. */
    private static final int MAX_CHARS = 100_000;

    @PostMapping(TranslationRoutes.BASE + TranslationRoutes.READABILITY)
    String figure(
            BackOfficeTenant tenant, // resolving it checks that the user works for this tenant
            @RequestParam(name = "feld") String field,
            @RequestParam(name = "art", defaultValue = "de") String kind,
            @RequestParam(name = "ziel") String target,
            HttpServletRequest request,
            Model model) {
        if (!NAME.matcher(field).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "feld");
        }
        if (!NAME.matcher(target).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ziel");
        }
        var text = request.getParameter(field);
        text = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        var limit = "einfach".equals(kind) ? Readability.EINFACH_SENTENCE_LIMIT : Readability.GERMAN_SENTENCE_LIMIT;
        model.addAttribute("figures", Readability.of(text, limit));
        model.addAttribute("id", target);
        return "shared/translation/readability";
    }
}
