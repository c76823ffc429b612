package de.mosaik.certificates.domain;

import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.pdf.PdfRenderer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable sign-in sheet of one session, for places without devices: confirmed participants
 * sorted by family name, with an empty column for the signature.
 */
@Service
public class SignInSheetService {

    private final CertificateRepository repository;
    private final Tenants tenants;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PdfRenderer renderer;

    SignInSheetService(
            CertificateRepository repository,
            Tenants tenants,
            TemplateEngine templates,
            MessageSource messages,
            PdfRenderer renderer) {
        this.repository = repository;
        this.tenants = tenants;
        this.templates = templates;
        this.messages = messages;
        this.renderer = renderer;
    }

    /** The PDF with the title of its event, which the access log names. */
    public record Sheet(String eventTitle, byte[] pdf) {}

    /** The sheet as PDF; empty when the event or session does not belong to the tenant. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID tenantId, UUID eventId, UUID sessionId, Locale locale) {
        return sheet(tenantId, eventId, sessionId, locale).map(Sheet::pdf);
    }

    /** The sheet with its event's title; empty when the event or session does not belong to the tenant. */
    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(UUID tenantId, UUID eventId, UUID sessionId, Locale locale) {
        var event = repository.event(tenantId, eventId);
        var session = repository.sessions(tenantId, eventId).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst();
        var tenant = tenants.byId(tenantId);
        if (event.isEmpty() || session.isEmpty() || tenant.isEmpty()) {
            return Optional.empty();
        }
        var texts = new PdfTexts(messages, UiLanguage.germanOrEnglish(locale.getLanguage()));
        var s = session.get();
        var when = texts.t(
                "certificates.signInSheet.when",
                texts.date().format(s.startsAt()),
                texts.time().format(s.startsAt()),
                texts.time().format(s.endsAt()));
        var place = s.place().isBlank() && s.online() ? texts.t("certificates.signInSheet.online") : s.place();
        var participants = repository.confirmedParticipants(tenantId, eventId).stream()
                .sorted(Comparator.comparing((Participant p) -> p.familyName().toLowerCase(Locale.GERMAN))
                        .thenComparing(p -> p.givenName().toLowerCase(Locale.GERMAN)))
                .toList();
        var page = new SignInSheetPage(texts, tenant.get().name(), event.get().title(), when, place, participants);
        var output = new StringOutput();
        templates.render("certificates/pdf/signInSheet.jte", Map.of("page", page), output);
        return Optional.of(new Sheet(event.get().title(), renderer.render(output.toString())));
    }
}
