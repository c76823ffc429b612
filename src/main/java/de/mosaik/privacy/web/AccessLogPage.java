package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.AccessLogAccount;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the access log page shows: one page of lines, the filter as entered and its choices. */
public record AccessLogPage(
        List<Line> lines,
        String base,
        String from,
        String to,
        String account,
        String kind,
        String resource,
        List<AccessLogAccount> accounts,
        List<Choice> resources,
        boolean invalid,
        int page,
        @Nullable String previousHref,
        @Nullable String nextHref,
        String csvHref) {

    /** A line ready to show: the time in Berlin, the resource already named in the page's language. */
    public record Line(
            String time,
            String accountName,
            AccessKind kind,
            String what,
            String label,
            @Nullable String person) {

        public String kindKey() {
            return AccessLogPage.kindKey(kind);
        }
    }

    public record Choice(String value, String text) {}

    public List<AccessKind> kinds() {
        return List.of(AccessKind.values());
    }

    public static String kindKey(AccessKind kind) {
        return "privacy.audit.kind." + kind.name();
    }
}
