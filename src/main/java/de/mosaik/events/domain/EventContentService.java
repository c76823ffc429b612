package de.mosaik.events.domain;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.EventTexts;
import de.mosaik.events.EventTranslations;
import de.mosaik.events.PublicVenue;
import de.mosaik.events.Question;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TranslatableText;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an event's German texts together with their translations for the public pages, one language at a time
 * (staff translate them in the shared translation editor, through {@link EventTranslatableContent}).
 */
@Service
@Transactional(readOnly = true)
public class EventContentService implements EventTranslations {

    private final JdbcClient jdbc;
    private final EventQuestionService questions;
    private final Translations translations;

    EventContentService(JdbcClient jdbc, EventQuestionService questions, Translations translations) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.translations = translations;
    }

    /** The German sources of one event with all their translations. */
    record Sources(
            UUID eventId,
            String title,
            String summary,
            String description,
            String consent,
            List<Question> questions,
            List<PublicVenue> venues,
            TranslationSet event,
            TranslationSet questionTexts,
            TranslationSet venueTexts) {}

    Optional<Sources> sources(UUID tenantId, UUID eventId) {
        var row = jdbc.sql("""
                        select title, summary, description, consent_text from events.event
                        where id = ? and tenant_id = ?
                        """)
                .params(eventId, tenantId)
                .query((rs, n) -> new String[] {
                    rs.getString("title"),
                    rs.getString("summary"),
                    rs.getString("description"),
                    rs.getString("consent_text")
                })
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var eventQuestions = questions.of(tenantId, eventId);
        var venues = venues(tenantId, eventId);
        var s = row.get();
        return Optional.of(new Sources(
                eventId,
                s[0],
                s[1],
                s[2],
                s[3],
                eventQuestions,
                venues,
                translations.load(tenantId, EventTexts.EVENT, List.of(eventId)),
                translations.load(
                        tenantId,
                        EventTexts.QUESTION,
                        eventQuestions.stream().map(Question::id).toList()),
                translations.load(
                        tenantId,
                        EventTexts.VENUE,
                        venues.stream().map(PublicVenue::id).toList())));
    }

    @Override
    public Optional<EventTexts> texts(UUID tenantId, UUID eventId, UiLanguage language) {
        return sources(tenantId, eventId).map(s -> texts(s, ContentLanguage.of(language)));
    }

    @Override
    public ShownText title(UUID tenantId, UUID eventId, String germanTitle, UiLanguage language) {
        var target = ContentLanguage.of(language);
        if (target.german()) {
            return ShownText.german(germanTitle);
        }
        return translations
                .load(tenantId, EventTexts.EVENT, List.of(eventId))
                .text(eventId, EventTexts.TITLE, germanTitle)
                .in(target);
    }

    @Override
    public Optional<TranslatableText> consent(UUID tenantId, UUID eventId) {
        return jdbc.sql("select consent_text from events.event where id = ? and tenant_id = ?")
                .params(eventId, tenantId)
                .query(String.class)
                .optional()
                .map(german -> translations
                        .load(tenantId, EventTexts.EVENT, List.of(eventId))
                        .text(eventId, EventTexts.CONSENT, german));
    }

    static EventTexts texts(Sources s, ContentLanguage language) {
        var labels = new HashMap<UUID, ShownText>();
        var options = new HashMap<UUID, List<ShownText>>();
        for (var question : s.questions()) {
            var id = question.id();
            labels.put(
                    id,
                    s.questionTexts()
                            .text(id, EventTexts.LABEL, question.label())
                            .in(language));
            var shown = new ArrayList<ShownText>();
            for (int i = 0; i < question.options().size(); i++) {
                shown.add(s.questionTexts()
                        .text(id, EventTexts.option(i), question.options().get(i))
                        .in(language));
            }
            options.put(id, shown);
        }
        var notes = new HashMap<UUID, ShownText>();
        for (var venue : s.venues()) {
            notes.put(
                    venue.id(),
                    s.venueTexts()
                            .text(venue.id(), EventTexts.ACCESSIBILITY_NOTES, venue.accessibilityNotes())
                            .in(language));
        }
        var event = s.event();
        var id = s.eventId();
        return new EventTexts(
                event.text(id, EventTexts.TITLE, s.title()).in(language),
                event.text(id, EventTexts.SUMMARY, s.summary()).in(language),
                event.text(id, EventTexts.DESCRIPTION, s.description()).in(language),
                event.text(id, EventTexts.CONSENT, s.consent()).in(language),
                labels,
                options,
                notes);
    }

    /** What the catalogue shows of an event's texts. */
    public record Listed(ShownText title, ShownText summary) {}

    /** Title and summary of catalogue entries in {@code language}, by event id. */
    public Map<UUID, Listed> listed(List<CatalogueEntry> entries, UiLanguage language) {
        var target = ContentLanguage.of(language);
        var result = new HashMap<UUID, Listed>();
        entries.stream()
                .collect(Collectors.groupingBy(CatalogueEntry::tenantId))
                .forEach((tenantId, ofTenant) -> {
                    var set = target.german()
                            ? TranslationSet.empty(EventTexts.EVENT)
                            : translations.load(
                                    tenantId,
                                    EventTexts.EVENT,
                                    ofTenant.stream().map(CatalogueEntry::id).toList());
                    for (var entry : ofTenant) {
                        result.put(
                                entry.id(),
                                new Listed(
                                        set.text(entry.id(), EventTexts.TITLE, entry.title())
                                                .in(target),
                                        set.text(entry.id(), EventTexts.SUMMARY, entry.summary())
                                                .in(target)));
                    }
                });
        return result;
    }

    private List<PublicVenue> venues(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select distinct v.id, v.name, v.room, v.street, v.postal_code, v.city, v.directions,
                               v.step_free, v.accessible_toilet, v.induction_loop, v.sign_language_on_request,
                               v.accessible_parking, v.accessibility_notes
                        from events.session s join events.venue v on v.id = s.venue_id and v.tenant_id = s.tenant_id
                        where s.event_id = ? and s.tenant_id = ?
                        order by v.name
                        """)
                .params(eventId, tenantId)
                .query((rs, n) -> CatalogueService.publicVenue(rs, rs.getObject("id", UUID.class)))
                .list();
    }
}
