package de.mosaik.portal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The confirmation page before deleting: what will be deleted, or — while other content still depends on it —
 * the list of that content with links, and no button.
 *
 * @param version the version the deletion is confirmed for; null where the content has no stale check
 * @param blockedKey the message saying why it cannot be deleted; null when it can
 * @param problem a message shown above, e.g. that somebody changed it meanwhile
 */
public record DeleteConfirmation(
        String name,
        String questionKey,
        String action,
        String back,
        @Nullable Integer version,
        List<Blocker> blockers,
        @Nullable String blockedKey,
        @Nullable String problem) {

    /** Content that keeps the record from being deleted: a label such as "Angebot:", its title and editor link. */
    public record Blocker(String kindKey, String title, String href) {}

    static final String TEMPLATE = "portal/content/delete";

    String show(Model model) {
        model.addAttribute("name", name);
        model.addAttribute("questionKey", questionKey);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("version", version);
        model.addAttribute("blockers", blockers);
        model.addAttribute("blockedKey", blockers.isEmpty() ? null : blockedKey);
        model.addAttribute("problem", problem);
        return TEMPLATE;
    }
}
