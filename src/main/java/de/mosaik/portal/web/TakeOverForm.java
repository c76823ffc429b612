package de.mosaik.portal.web;

import de.mosaik.portal.domain.SharedPages.TakeOver;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The choice when taking over another tenant's page: live or independent copy, place in the tree, address. */
public record TakeOverForm(
        @Nullable String kind,
        @Nullable String parentId,
        @Nullable String slug) {

    static final String LIVE = "LIVE";
    static final String COPY = "COPY";

    static TakeOverForm proposed(String slug) {
        return new TakeOverForm(LIVE, "", slug);
    }

    void check(BindingResult result) {
        if (!LIVE.equals(kind) && !COPY.equals(kind)) {
            result.rejectValue("kind", "portal.share.kind.required");
        }
        if (!Slugs.valid(PageForm.strip(slug))) {
            result.rejectValue("slug", "portal.content.slug.invalid");
        }
        if (!PageForm.strip(parentId).isEmpty() && parent() == null) {
            result.rejectValue("parentId", "portal.page.parent.invalid");
        }
    }

    /** Call after {@link #check} found nothing. */
    TakeOver choice() {
        return new TakeOver(LIVE.equals(kind), parent(), PageForm.strip(slug));
    }

    private @Nullable UUID parent() {
        return PageAdminController.parseId(parentId).orElse(null);
    }
}
