package de.mosaik.practice.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Tenants;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.networks.Networks;
import de.mosaik.practice.PracticeStatus;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.web.BaseUrl;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails about a practice example, each in its recipient's language (ADR 0016): the language the author's account
 * keeps, or — for an author without an account — the language they last used the back office in. The mails are
 * the reviewer's decision with the comment, and the yearly "still current?" question. Links lead to where the
 * author wrote it: their tenant's back office, or the network's members' area.
 */
@Component
class PracticeMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final Tenants tenants;
    private final Networks networks;
    private final Accounts accounts;

    PracticeMails(
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl,
            Tenants tenants,
            Networks networks,
            Accounts accounts) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.tenants = tenants;
        this.networks = networks;
        this.accounts = accounts;
    }

    void reviewed(PracticeExample example, PracticeStatus decision, String comment) {
        if (example.authorEmail().isBlank()) {
            return;
        }
        var locale = authorsLanguage(example);
        var network = networks.byId(example.networkId()).map(n -> n.name()).orElse("");
        var key =
                decision == PracticeStatus.PUBLISHED ? "practiceoffice.mail.published" : "practiceoffice.mail.changes";
        var subject = messages.getMessage(key + ".subject", new Object[] {example.title()}, locale);
        var body = messages.getMessage(
                key + ".body",
                new Object[] {
                    example.title(),
                    network,
                    comment.isBlank() ? messages.getMessage("practiceoffice.mail.noComment", null, locale) : comment,
                    baseUrl.link(path(example))
                },
                locale);
        mailer.send(new Mail(example.tenantId(), example.authorEmail(), subject, body));
    }

    /** Asks whether the example is still current; false when nobody could be mailed. */
    boolean askToConfirm(PracticeExample example, LocalDate since) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        if (!example.authorEmail().isBlank()) {
            recipients.put(example.authorEmail(), authorsLanguage(example));
        } else if (example.tenantId() != null) {
            var staff = accounts.active(example.tenantId());
            var spoken = accounts.languages(
                    staff.stream().map(Accounts.AccountSummary::id).toList());
            staff.forEach(a -> recipients.put(a.email(), spoken.getOrDefault(a.id(), Locale.GERMAN)));
        }
        var link = baseUrl.link(path(example) + "/bestaetigen");
        for (var to : recipients.entrySet()) {
            var locale = to.getValue();
            var subject =
                    messages.getMessage("practiceoffice.mail.confirm.subject", new Object[] {example.title()}, locale);
            var body = messages.getMessage(
                    "practiceoffice.mail.confirm.body",
                    new Object[] {
                        example.title(),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(since),
                        link
                    },
                    locale);
            mailer.send(new Mail(example.tenantId(), to.getKey(), subject, body)
                    .once("practice-confirm:" + example.id() + ":" + since + ":" + to.getKey()));
        }
        return !recipients.isEmpty();
    }

    /** The author's account decides; an author without one keeps the language stored with the example. */
    private Locale authorsLanguage(PracticeExample example) {
        var stored = UiLanguage.germanOrEnglish(example.authorLanguage());
        var account = example.authorAccountId();
        return account == null
                ? stored
                : accounts.languages(java.util.List.of(account)).getOrDefault(account, stored);
    }

    private String path(PracticeExample example) {
        if (example.tenantId() != null) {
            var tenant = tenants.byId(example.tenantId());
            if (tenant.isPresent()) {
                return "/verwaltung/" + tenant.get().slug() + "/praxisbeispiele/" + example.id();
            }
        }
        var network = networks.byId(example.networkId()).map(n -> n.slug()).orElse("");
        return "/netzwerke/" + network + "/praxisbeispiele/" + example.id();
    }
}
