package de.mosaik.shared.web;

import de.mosaik.shared.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.FieldError;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a template needs besides its own data: texts in the user's language, the language
 * switch, the CSRF token, the signed-in user and the navigation. Every page template takes it as
 * {@code ctx}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final UiLanguage language;
    private final List<UiLanguage> languages;
    private final String path;
    private final @Nullable String query;
    private final @Nullable CsrfToken csrf;
    private final @Nullable CurrentUser user;
    private final @Nullable BackOfficeTenant tenant;
    private final List<MenuEntry> menu;
    private final @Nullable String noticeKey;
    private final boolean demo;
    private final UnaryOperator<String> assets;

    PageContext(
            MessageSource messages,
            UiLanguage language,
            List<UiLanguage> languages,
            String path,
            @Nullable String query,
            @Nullable CsrfToken csrf,
            @Nullable CurrentUser user,
            @Nullable BackOfficeTenant tenant,
            List<MenuEntry> menu,
            @Nullable String noticeKey,
            boolean demo,
            UnaryOperator<String> assets) {
        this.messages = messages;
        this.language = language;
        this.languages = languages;
        this.path = path;
        this.query = query;
        this.csrf = csrf;
        this.user = user;
        this.tenant = tenant;
        this.menu = menu;
        this.noticeKey = noticeKey;
        this.demo = demo;
        this.assets = assets;
    }

    /**
     * The address of a static file with its content hash in the name, so that browsers may keep it
     * for a year and still get a changed file at once.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    /**
     * The text for {@code key} in the page's language. On right-to-left pages every text argument
     * (an event title, a name, a venue: mostly German) is direction-isolated with the Unicode
     * first-strong isolate, the plain-text form of {@code <bdi>}, so that "Welchen Workshop?" inside
     * an Arabic sentence does not turn into "?Welchen Workshop".
     */
    public String t(String key, Object... args) {
        if (language.rightToLeft() && args.length > 0) {
            var isolated = args.clone();
            for (int i = 0; i < isolated.length; i++) {
                if (isolated[i] instanceof CharSequence text && !text.isEmpty()) {
                    isolated[i] = FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
                }
            }
            return messages.getMessage(key, isolated, locale());
        }
        return messages.getMessage(key, args, locale());
    }

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    public Locale locale() {
        return language.locale();
    }

    public UiLanguage language() {
        return language;
    }

    public List<UiLanguage> languages() {
        return languages;
    }

    public String htmlLang() {
        return language.htmlLang();
    }

    public String dir() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /** This page in another language; the link carries {@code ?lang=} so it can be shared. */
    public String languageUrl(UiLanguage other) {
        return UriComponentsBuilder.fromPath(path)
                .query(query)
                .replaceQueryParam("lang", other.code())
                .build()
                .encode()
                .toUriString();
    }

    /**
     * A link to another page of Mosaik that keeps the chosen language in the address, so that a
     * link copied from any page opens in the same language (German needs no parameter).
     */
    public String href(String target) {
        if (language == UiLanguage.DE) {
            return target;
        }
        return UriComponentsBuilder.fromUriString(target)
                .replaceQueryParam("lang", language.code())
                .build()
                .toUriString();
    }

    /** The path of the page, without query. */
    public String path() {
        return path;
    }

    public boolean current(String href) {
        return path.equals(href);
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfHeader() {
        return csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The name of the hidden field that makes a form submission count once ({@link SubmissionToken}). */
    public String submissionField() {
        return SubmissionToken.FIELD;
    }

    /** A fresh value for one form's submission field: two forms on one page never share one. */
    public String submissionToken() {
        return SubmissionToken.fresh();
    }

    public @Nullable CurrentUser user() {
        return user;
    }

    public @Nullable BackOfficeTenant tenant() {
        return tenant;
    }

    public List<MenuEntry> menu() {
        return menu;
    }

    public @Nullable String notice() {
        return noticeKey == null ? null : t(noticeKey);
    }

    public boolean demo() {
        return demo;
    }

    /** The message for a field's validation error, or null when the field is valid. */
    public @Nullable String error(FormErrors errors, String field) {
        var error = errors.field(field);
        return error == null ? null : messages.getMessage(error, locale());
    }

    /** One line of a form's error summary; {@code fieldId} links to the field, null for form-wide errors. */
    public record ErrorMessage(@Nullable String fieldId, String text) {}

    /** All error messages of a form, for the summary at its top, each linking to its field. */
    public List<ErrorMessage> errors(FormErrors errors) {
        return errors.all().stream()
                .map(e -> new ErrorMessage(
                        e instanceof FieldError field ? FormErrors.fieldId(field.getField()) : null,
                        messages.getMessage(e, locale())))
                .toList();
    }
}
