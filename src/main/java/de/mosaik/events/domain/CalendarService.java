package de.mosaik.events.domain;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.EventCalendar;
import de.mosaik.events.EventStatus;
import de.mosaik.events.EventTexts;
import de.mosaik.events.PublicSession;
import de.mosaik.identity.Tenants;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.Translations;
import de.mosaik.shared.web.BaseUrl;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes iCalendar files: one VEVENT per session with a UID derived from the session's id, so a
 * calendar that imports the file again updates the entry instead of adding a second one. Times are
 * written in UTC, which every calendar converts to its own zone without a VTIMEZONE block. Title and
 * summary are written in the reader's language where a published, current translation exists, with
 * the RFC 5545 {@code LANGUAGE} parameter; German is the calendar's own language and carries none.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService implements EventCalendar {

    static final String PRODUCT = "-//Mosaik//Veranstaltungen//DE";

    private final CatalogueService catalogue;
    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final BaseUrl baseUrl;
    private final Translations translations;

    CalendarService(
            CatalogueService catalogue, JdbcClient jdbc, Tenants tenants, BaseUrl baseUrl, Translations translations) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.baseUrl = baseUrl;
        this.translations = translations;
    }

    @Override
    public Optional<byte[]> event(UUID tenantId, UUID eventId, boolean forParticipant, UiLanguage language) {
        return catalogue.event(tenantId, eventId, forParticipant).map(event -> {
            var entry = event.entry();
            var links = forParticipant ? onlineLinks(tenantId, eventId) : Map.<UUID, String>of();
            var target = ContentLanguage.of(language);
            var texts = translations.load(tenantId, EventTexts.EVENT, List.of(eventId));
            var title = texts.text(eventId, EventTexts.TITLE, entry.title()).in(target);
            var summary =
                    texts.text(eventId, EventTexts.SUMMARY, entry.summary()).in(target);
            var calendar = calendar(title.text());
            add(calendar, entry, title, summary, links);
            return write(calendar);
        });
    }

    /** The subscribable feed of a tenant: its listed events that have not ended. */
    public byte[] feed(UUID tenantId) {
        var tenant = tenants.byId(tenantId).orElseThrow();
        var calendar = calendar(tenant.centreName());
        for (var entry : catalogue.upcoming(tenantId, 500)) {
            add(calendar, entry, ShownText.german(entry.title()), ShownText.german(entry.summary()), Map.of());
        }
        return write(calendar);
    }

    private static Calendar calendar(String name) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        return calendar;
    }

    private void add(
            Calendar calendar,
            CatalogueEntry entry,
            ShownText shownTitle,
            ShownText summary,
            Map<UUID, String> onlineLinks) {
        var page = baseUrl.link(entry.path());
        var now = Instant.now();
        int number = 0;
        for (var session : entry.sessions()) {
            number++;
            var title = entry.sessions().size() > 1
                    ? shownTitle.text() + " (" + number + "/" + entry.sessions().size() + ")"
                    : shownTitle.text();
            var event = new VEvent(session.startsAt(), session.endsAt(), title);
            event.replace(inLanguage(new Summary(title), shownTitle));
            event.add(new Uid(session.id() + "@" + entry.tenantSlug() + ".mosaik"));
            event.add(new Sequence(entry.version()));
            event.add(new LastModified(now));
            event.add(new Location(location(session, onlineLinks)));
            event.add(new Url(URI.create(page)));
            var description = new StringBuilder(summary.text());
            var link = onlineLinks.get(session.id());
            if (link != null && !link.isBlank()) {
                description.append("\n\nOnline: ").append(link);
            }
            if (!session.note().isBlank()) {
                description.append("\n\n").append(session.note());
            }
            description.append("\n\n").append(page);
            event.add(inLanguage(new Description(description.toString().strip()), summary));
            if (entry.status() == EventStatus.CANCELLED) {
                event.add(new Status(Status.VALUE_CANCELLED));
            } else {
                event.add(new Status(Status.VALUE_CONFIRMED));
            }
            calendar.add(event);
        }
    }

    /** Marks a translated text with its language; German, the calendar's own, needs no mark. */
    private static <P extends Property> P inLanguage(P property, ShownText text) {
        if (!text.language().german()) {
            property.add(new Language(text.language().htmlLang()));
        }
        return property;
    }

    private static String location(PublicSession session, Map<UUID, String> onlineLinks) {
        var link = onlineLinks.get(session.id());
        if (session.venue() != null) {
            return session.venue().address();
        }
        return link != null && !link.isBlank() ? link : "Online";
    }

    /** The online links of the event's sessions, only ever read for confirmed participants. */
    private Map<UUID, String> onlineLinks(UUID tenantId, UUID eventId) {
        return jdbc
                .sql("""
                        select id, online_url from events.session
                        where event_id = ? and tenant_id = ? and online and online_url <> ''
                        """)
                .params(eventId, tenantId)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("online_url")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static byte[] write(Calendar calendar) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
