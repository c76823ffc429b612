package de.mosaik.organisations.web;

import de.mosaik.organisations.FederalState;
import de.mosaik.organisations.Organisation;
import de.mosaik.organisations.OrganisationKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the register as the platform administration searches it, with the filters kept in the links. */
public record OrganisationListPage(
        String query,
        @Nullable OrganisationKind kind,
        @Nullable FederalState state,
        int page,
        int pageSize,
        int total,
        List<Organisation> rows) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * pageSize < total;
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The address of another page of the same search. */
    public String pageHref(int number) {
        var href = new StringBuilder(OrganisationRoutes.LIST).append("?seite=").append(number);
        if (!query.isEmpty()) {
            href.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (kind != null) {
            href.append("&art=").append(kind.name());
        }
        if (state != null) {
            href.append("&land=").append(state.name());
        }
        return href.toString();
    }
}
