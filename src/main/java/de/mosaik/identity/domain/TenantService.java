package de.mosaik.identity.domain;

import de.mosaik.identity.Logo;
import de.mosaik.identity.NewTenant;
import de.mosaik.identity.PlatformProfile;
import de.mosaik.identity.Role;
import de.mosaik.identity.TenantCreated;
import de.mosaik.identity.TenantDetails;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TenantService implements Tenants {

    /** Paths of the application that a tenant slug must not shadow. */
    static final Set<String> RESERVED_SLUGS = Set.of(
            "verwaltung",
            "bescheinigungen",
            "veranstaltungen",
            "kalender",
            "anmeldung",
            "plattform",
            "anmelden",
            "abmelden",
            "benachrichtigungen",
            "konto",
            "passwort-vergessen",
            "passwort-neu",
            "einladung",
            "impressum",
            "datenschutz",
            "barrierefreiheit",
            "css",
            "js",
            "img",
            "vendor",
            "webjars",
            "actuator",
            "error",
            "api",
            "oauth2",
            "login",
            "favicon.ico",
            "robots.txt",
            // the networks' pages and the practice library live at the top level too
            "netzwerk",
            "netzwerke",
            "praxisbeispiele");

    public static final int MAX_LOGO_BYTES = 512 * 1024;
    static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    private final TenantRepository tenants;
    private final PlatformRepository platform;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final TenantDescriptions descriptions;

    TenantService(
            TenantRepository tenants,
            PlatformRepository platform,
            AccountService accounts,
            ApplicationEventPublisher events,
            TenantDescriptions descriptions) {
        this.tenants = tenants;
        this.platform = platform;
        this.accounts = accounts;
        this.events = events;
        this.descriptions = descriptions;
    }

    @Override
    public ShownText description(TenantProfile tenant, ContentLanguage language) {
        return descriptions.shown(tenant.id(), TenantDescriptions.german(tenant.description()), language);
    }

    @Override
    public PlatformProfile platform() {
        return platform.find();
    }

    /** Saves the platform's profile unless somebody changed it since {@code profile.version()}. */
    @Transactional
    public boolean updatePlatform(PlatformProfile profile) {
        return platform.update(profile);
    }

    @Override
    public Optional<TenantProfile> bySlug(String slug) {
        return tenants.bySlug(slug);
    }

    @Override
    public Optional<TenantProfile> byId(UUID id) {
        return tenants.byId(id);
    }

    @Override
    public List<TenantProfile> active() {
        return tenants.all(true);
    }

    @Override
    public List<TenantProfile> all() {
        return tenants.all(false);
    }

    @Override
    public Optional<Logo> logo(String slug) {
        return tenants.logo(slug);
    }

    public static boolean validSlug(String slug) {
        return slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= 60 && !RESERVED_SLUGS.contains(slug);
    }

    public boolean slugTaken(String slug) {
        return tenants.slugTaken(slug);
    }

    /**
     * Creates a tenant and invites its first administrator.
     *
     * @throws DuplicateKeyException if the slug or the administrator's e-mail address is taken
     */
    @Transactional
    public UUID create(String slug, String name, String adminEmail, String adminName, Locale locale) {
        var id = UUID.randomUUID();
        tenants.insert(id, new NewTenant(slug, name, TenantDetails.named(name)));
        events.publishEvent(new TenantCreated(id, slug));
        if (accounts.invite(id, adminEmail, adminName, Role.TENANT_ADMIN, locale)
                == AccountService.Outcome.EMAIL_TAKEN) {
            // Rolls the tenant back too: without its first administrator nobody could ever run it.
            throw new DuplicateKeyException("An account with the first administrator's e-mail exists");
        }
        return id;
    }

    @Transactional
    public boolean updateDetails(UUID tenantId, int version, TenantDetails details) {
        return tenants.updateDetails(tenantId, version, details);
    }

    @Transactional
    public boolean updateMaster(UUID tenantId, int version, String slug, String name, boolean active) {
        return tenants.updateMaster(tenantId, version, slug, name, active);
    }

    @Transactional
    public void setLogo(UUID tenantId, byte[] bytes, String contentType) {
        if (bytes.length > MAX_LOGO_BYTES || !LOGO_TYPES.contains(contentType)) {
            throw new IllegalArgumentException("unsupported logo");
        }
        tenants.setLogo(tenantId, bytes, contentType);
    }

    @Transactional
    public void removeLogo(UUID tenantId) {
        tenants.removeLogo(tenantId);
    }
}
