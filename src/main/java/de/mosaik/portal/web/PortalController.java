package de.mosaik.portal.web;

import de.mosaik.events.OpenEvents;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.PortalHighlights;
import de.mosaik.portal.PortalTeaser;
import de.mosaik.portal.domain.AccessibilityFeedbackService;
import de.mosaik.portal.domain.StartSection;
import de.mosaik.portal.domain.StartSections;
import de.mosaik.privacy.RetentionSettings;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.RateLimiter;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.web.CreatesOrSends;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.PublicContent;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of the platform and of each tenant. */
@Controller
class PortalController {

    /** Reports per client address and hour: plenty for people, too few to flood a tenant's inbox. */
    static final int FEEDBACK_PER_ADDRESS = 30;

    /** How many coming events the start page of a tenant lists; the catalogue has the rest. */
    static final int NEXT_EVENTS = 4;

    /** How many news the start page lists; the news page has the rest. */
    static final int NEWS_ON_START = 3;

    /** Current offers on the start page; the offers page lists them all with filters. */
    static final int OFFERS_ON_START = 4;

    private final Tenants tenants;
    private final AccessibilityFeedbackService feedback;
    private final RateLimiter rateLimiter;
    private final RetentionSettings retention;
    private final OpenEvents openEvents;
    private final StartSections startSections;
    private final PortalReader reader;
    private final PortalHighlights highlights;
    private final PublicHeads heads;
    private final PortalJsonLd jsonLd;

    PortalController(
            Tenants tenants,
            AccessibilityFeedbackService feedback,
            RateLimiter rateLimiter,
            RetentionSettings retention,
            OpenEvents openEvents,
            StartSections startSections,
            PortalReader reader,
            PortalHighlights highlights,
            PublicHeads heads,
            PortalJsonLd jsonLd) {
        this.tenants = tenants;
        this.feedback = feedback;
        this.rateLimiter = rateLimiter;
        this.retention = retention;
        this.openEvents = openEvents;
        this.startSections = startSections;
        this.reader = reader;
        this.highlights = highlights;
        this.heads = heads;
        this.jsonLd = jsonLd;
    }

    @PublicContent
    @GetMapping("/")
    String platform(Locale locale, Model model) {
        model.addAttribute("tenants", tenants.active());
        model.addAttribute("head", heads.list("/", locale, "portal.platform.title"));
        return "portal/platform";
    }

    @PublicContent
    @GetMapping("/{slug}")
    String tenantHome(@PathVariable String slug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        var language = UiLanguage.of(locale);
        var content = ContentLanguage.of(language);
        var description = tenants.description(tenant, content);
        model.addAttribute("description", description.text());
        // Einfache Sprache readers read German: the German description needs no "only in German" note there.
        model.addAttribute("descriptionInGerman", description.fallback() && !language.readsGerman());
        var home = "/" + slug;
        model.addAttribute(
                "head",
                heads.of(
                        home,
                        language,
                        LanguageVersions.every(),
                        tenant.centreName(),
                        description.text(),
                        "website",
                        tenant.hasLogo() ? home + "/logo" : null,
                        jsonLd.organization(tenant, description.text())));
        var fields = reader.fieldsOfWork(tenant.id(), slug, content);
        var news = reader.news(tenant.id(), slug, content, locale, NEWS_ON_START);
        var nextEvents = openEvents.next(tenant.id(), NEXT_EVENTS);
        var offers = cards(highlights.currentOffers(tenant.id(), language, OFFERS_ON_START));
        var places = cards(highlights.places(tenant.id(), language));
        model.addAttribute("fields", fields);
        model.addAttribute("offers", offers);
        model.addAttribute("places", places);
        model.addAttribute("news", news);
        model.addAttribute("nextEvents", nextEvents);
        model.addAttribute("now", Instant.now());
        // A section without content is left out entirely: nothing placeholder-like on a public page.
        model.addAttribute(
                "sections",
                startSections.of(tenant.id()).stream()
                        .filter(StartSection::visible)
                        .map(StartSection::kind)
                        .filter(kind -> switch (kind) {
                            case FIELDS -> !fields.isEmpty();
                            case NEWS -> !news.isEmpty();
                            case EVENTS -> !nextEvents.isEmpty();
                            case CONTACT -> true;
                            case OFFERS -> !offers.isEmpty();
                            case PLACES -> !places.isEmpty();
                        })
                        .toList());
        return "portal/tenant";
    }

    private static List<ContentCard> cards(List<PortalTeaser> teasers) {
        return teasers.stream()
                .map(t -> new ContentCard(t.path(), t.title(), t.summary(), null))
                .toList();
    }

    @GetMapping("/{slug}/impressum")
    String imprint(@PathVariable String slug, Model model) {
        return legalText("portal.imprint.title", tenantSite(slug, model).imprint(), model);
    }

    @GetMapping("/{slug}/datenschutz")
    String privacy(@PathVariable String slug, Model model) {
        var site = tenantSite(slug, model);
        // The tenant's retention periods, generated in the visitor's language under its own privacy text.
        model.addAttribute("retention", retention.periodsOf(java.util.Objects.requireNonNull(site.tenantId())));
        return legalText("portal.privacy.title", site.privacy(), model);
    }

    @GetMapping("/{slug}/barrierefreiheit")
    String accessibility(@PathVariable String slug, Model model) {
        return accessibilityPage(tenantSite(slug, model), model);
    }

    @CreatesOrSends
    @PostMapping("/{slug}/barrierefreiheit")
    String sendFeedback(
            @PathVariable String slug,
            @ModelAttribute("form") FeedbackForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return submitFeedback(tenantSite(slug, model), form, result, request, model, redirect);
    }

    @GetMapping("/impressum")
    String platformImprint(Model model) {
        return legalText("portal.imprint.title", platformSite(model).imprint(), model);
    }

    @GetMapping("/datenschutz")
    String platformPrivacy(Model model) {
        return legalText("portal.privacy.title", platformSite(model).privacy(), model);
    }

    @GetMapping("/barrierefreiheit")
    String platformAccessibility(Model model) {
        return accessibilityPage(platformSite(model), model);
    }

    @CreatesOrSends
    @PostMapping("/barrierefreiheit")
    String sendPlatformFeedback(
            @ModelAttribute("form") FeedbackForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        return submitFeedback(platformSite(model), form, result, request, model, redirect);
    }

    @GetMapping("/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug) {
        return tenants.logo(slug)
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                        .body(logo.bytes()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Whose public pages these are: a tenant's, or the platform operator's ({@code tenantId} null).
     * {@code home} is the path the site's pages start with.
     */
    private record Site(
            @Nullable UUID tenantId,
            String name,
            String email,
            String imprint,
            String privacy,
            String accessibility,
            String home) {}

    private TenantProfile tenant(String slug, Model model) {
        var tenant = tenants.bySlug(slug)
                .filter(TenantProfile::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("tenant", tenant);
        model.addAttribute("branding", tenant.branding());
        return tenant;
    }

    private Site tenantSite(String slug, Model model) {
        var tenant = tenant(slug, model);
        return site(
                new Site(
                        tenant.id(),
                        tenant.centreName(),
                        tenant.email(),
                        tenant.imprint(),
                        tenant.privacy(),
                        tenant.accessibility(),
                        "/" + slug),
                model);
    }

    private Site platformSite(Model model) {
        var platform = tenants.platform();
        return site(
                new Site(
                        null,
                        platform.operatorName(),
                        platform.email(),
                        platform.imprint(),
                        platform.privacy(),
                        platform.accessibility(),
                        ""),
                model);
    }

    private static Site site(Site site, Model model) {
        model.addAttribute("home", site.home());
        return site;
    }

    private static String legalText(String titleKey, String markdown, Model model) {
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("html", SafeHtml.fromMarkdown(markdown));
        return "portal/legal";
    }

    private static String accessibilityPage(Site site, Model model) {
        model.addAttribute("statement", SafeHtml.fromMarkdown(site.accessibility()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FeedbackForm("", "", "", "", UUID.randomUUID()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "portal/accessibility";
    }

    private String submitFeedback(
            Site site,
            FeedbackForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var message = text(form.message());
        var email = text(form.email());
        if (message.isEmpty()) {
            result.rejectValue("message", "portal.feedback.message.required");
        } else if (message.length() > 5000) {
            result.rejectValue("message", "portal.feedback.message.tooLong");
        }
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            result.rejectValue("email", "portal.feedback.email.invalid");
        }
        if (form.token() == null) {
            result.reject("portal.feedback.expired");
        }
        if (!result.hasErrors()
                && !rateLimiter.tryAcquire(
                        "accessibility-feedback", request.getRemoteAddr(), FEEDBACK_PER_ADDRESS, Duration.ofHours(1))) {
            result.reject("portal.feedback.tooMany");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", new FormErrors(result));
            return accessibilityPage(site, model);
        }
        feedback.submit(
                site.tenantId(),
                site.name(),
                site.email(),
                form.token(),
                limit(text(form.page()), 500),
                message,
                limit(text(form.name()), 200),
                email);
        redirect.addFlashAttribute("notice", "portal.feedback.thanks");
        return "redirect:" + site.home() + "/barrierefreiheit";
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String limit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
