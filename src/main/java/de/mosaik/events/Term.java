package de.mosaik.events;

import de.mosaik.shared.web.PageContext;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A format, topic or target group of a tenant. Built-in terms have a {@code code} and are shown in
 * the reader's language; terms staff added are shown as they were written.
 */
public record Term(UUID id, TermKind kind, @Nullable String code, String name) {

    public String label(PageContext ctx) {
        return code == null ? name : ctx.t("catalogue.term." + kind.name() + "." + code);
    }
}
