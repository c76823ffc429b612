package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.domain.SearchHit;
import de.mosaik.portal.domain.SearchQuery;
import de.mosaik.portal.domain.SiteSearch;
import de.mosaik.shared.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The site search of a tenant's portal, {@code /{slug}/suche?q=…}: without words only the form, with words the
 * tenant's public content that matches, in the reader's language.
 */
@Controller
class PublicSearchController {

    private final Tenants tenants;
    private final SiteSearch search;

    PublicSearchController(Tenants tenants, SiteSearch search) {
        this.tenants = tenants;
        this.search = search;
    }

    @GetMapping("/{slug}/suche")
    String search(
            @PathVariable String slug,
            @RequestParam(name = "q", required = false) @Nullable String q,
            Locale locale,
            Model model) {
        var tenant = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("branding", tenant.branding());
        var query = SearchQuery.of(q == null ? "" : q);
        List<SearchHit> hits = List.of();
        boolean tooLong = query.isPresent() && query.get().tooLong();
        if (query.isPresent() && !tooLong) {
            hits = search.search(tenant.id(), slug, UiLanguage.of(locale), query.get());
        }
        // The words stay in the field as typed (up to the limit), so that the visitor can correct them.
        model.addAttribute("query", query.map(SearchQuery::text).orElse(""));
        model.addAttribute("searched", query.isPresent() && !tooLong);
        model.addAttribute("tooLong", tooLong);
        model.addAttribute("hits", hits);
        return "portal/search";
    }
}
