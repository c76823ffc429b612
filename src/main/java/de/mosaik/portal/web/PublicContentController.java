package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.PublicContent;
import de.mosaik.shared.web.PublicHead;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tenant's content pages and news in public. Pages have one address each, {@code /{slug}/seiten/{page}},
 * however deep they sit in the tree, so that links stay valid when staff move a page; the breadcrumbs show
 * where it sits.
 */
@Controller
class PublicContentController {

    /** More news than a phone screen holds are rarely read; older ones have usually expired. */
    static final int NEWS_SHOWN = 30;

    private final Tenants tenants;
    private final PortalReader reader;
    private final PublicHeads heads;

    PublicContentController(Tenants tenants, PortalReader reader, PublicHeads heads) {
        this.tenants = tenants;
        this.reader = reader;
        this.heads = heads;
    }

    @PublicContent
    @GetMapping("/{slug}/seiten/{pageSlug}")
    String page(@PathVariable String slug, @PathVariable String pageSlug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        var page = reader.page(tenant.id(), slug, pageSlug, language(locale))
                .orElseThrow(PublicContentController::notFound);
        model.addAttribute("page", page);
        model.addAttribute("head", head(ContentRoutes.publicPage(slug, pageSlug), locale, page, "website"));
        return "portal/page";
    }

    @PublicContent
    @GetMapping("/{slug}/aktuelles")
    String news(@PathVariable String slug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        model.addAttribute("items", reader.news(tenant.id(), slug, language(locale), locale, NEWS_SHOWN));
        model.addAttribute("head", heads.list("/" + slug + "/aktuelles", locale, "portal.news.public.title"));
        return "portal/news-list";
    }

    @PublicContent
    @GetMapping("/{slug}/aktuelles/{newsSlug}")
    String newsItem(@PathVariable String slug, @PathVariable String newsSlug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        var item = reader.newsItem(tenant.id(), newsSlug, language(locale), locale)
                .orElseThrow(PublicContentController::notFound);
        model.addAttribute("page", item);
        model.addAttribute("head", head(ContentRoutes.publicNews(slug, newsSlug), locale, item, "article"));
        return "portal/news";
    }

    private PublicHead head(String path, Locale locale, ShownPage page, String type) {
        return heads.of(
                path,
                UiLanguage.of(locale),
                page.languages(),
                page.title().text(),
                page.summary().text(),
                type,
                null,
                null);
    }

    private TenantProfile tenant(String slug, Model model) {
        var tenant = tenants.bySlug(slug).filter(TenantProfile::active).orElseThrow(PublicContentController::notFound);
        model.addAttribute("tenant", tenant);
        model.addAttribute("branding", tenant.branding());
        return tenant;
    }

    static ContentLanguage language(Locale locale) {
        return ContentLanguage.of(UiLanguage.of(locale));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
