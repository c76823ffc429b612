package de.mosaik.events.domain;

import de.mosaik.events.CatalogueEntry;
import de.mosaik.events.EventTexts;
import de.mosaik.events.EventTranslations;
import de.mosaik.events.PublicVenue;
import de.mosaik.events.Question;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.ShownText;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslatableText;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationSaved;
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
 * Puts an event's German texts together with their translations: for the public pages (one
 * language) and for the translation editor (every language).
 */
@Service
@Transactional(readOnly = true)
public class EventContentService implements EventTranslations {

    private final JdbcClient jdbc;
    private final EventQuestionService questions;
    private final Translations translations;
    private final EventLog log;

    EventContentService(JdbcClient jdbc, EventQuestionService questions, Translations translations, EventLog log) {
        this.jdbc = jdbc;
        this.questions = questions;
        this.translations = translations;
        this.log = log;
    }

    /** The German sources of one event with all their translations. */
    public record Sources(
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

    public Optional<Sources> sources(UUID tenantId, UUID eventId) {
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

    /** Every translatable text of the event, in the order of its pages: details, questions, consent, venues. */
    public List<TranslatableField> fields(Sources s) {
        var result = new ArrayList<TranslatableField>();
        result.add(eventField(s, "title", EventTexts.TITLE, s.title(), false));
        result.add(eventField(s, "summary", EventTexts.SUMMARY, s.summary(), true));
        result.add(eventField(s, "description", EventTexts.DESCRIPTION, s.description(), true));
        for (var question : s.questions()) {
            var qid = question.id();
            result.add(new TranslatableField(
                    "events.translations.field.question",
                    question.label(),
                    new TextKey(EventTexts.QUESTION, qid, EventTexts.LABEL),
                    s.questionTexts().text(qid, EventTexts.LABEL, question.label()),
                    false));
            for (int i = 0; i < question.options().size(); i++) {
                var field = EventTexts.option(i);
                result.add(new TranslatableField(
                        "events.translations.field.option",
                        question.label(),
                        new TextKey(EventTexts.QUESTION, qid, field),
                        s.questionTexts().text(qid, field, question.options().get(i)),
                        false));
            }
        }
        result.add(eventField(s, "consent", EventTexts.CONSENT, s.consent(), true));
        for (var venue : s.venues()) {
            if (!venue.accessibilityNotes().isBlank()) {
                result.add(new TranslatableField(
                        "events.translations.field.accessibilityNotes",
                        venue.name(),
                        new TextKey(EventTexts.VENUE, venue.id(), EventTexts.ACCESSIBILITY_NOTES),
                        s.venueTexts().text(venue.id(), EventTexts.ACCESSIBILITY_NOTES, venue.accessibilityNotes()),
                        true));
            }
        }
        // Nothing to translate where the German is empty.
        return result.stream().filter(f -> !f.text().source().isBlank()).toList();
    }

    private static TranslatableField eventField(
            Sources s, String name, String field, String source, boolean multiline) {
        return new TranslatableField(
                "events.translations.field." + name,
                "",
                new TextKey(EventTexts.EVENT, s.eventId(), field),
                s.event().text(s.eventId(), field, source),
                multiline);
    }

    /**
     * Saves staff's translations into one language, each against the German text it was shown
     * next to. Returns the fields that a colleague changed meanwhile; those are not written.
     */
    @Transactional
    public List<TranslatableField> saveTranslations(
            UUID tenantId,
            UUID eventId,
            ContentLanguage language,
            Map<TranslatableField, TranslationEdit> edits,
            Editor editor) {
        var conflicts = new ArrayList<TranslatableField>();
        var saved = false;
        for (var entry : edits.entrySet()) {
            var field = entry.getKey();
            var outcome = translations.save(
                    tenantId,
                    field.key(),
                    language,
                    entry.getValue(),
                    field.text().source(),
                    editor.accountId());
            if (outcome == TranslationSaved.CONFLICT) {
                conflicts.add(field);
            }
            saved |= outcome == TranslationSaved.SAVED;
        }
        if (saved) {
            log.record(tenantId, eventId, editor, "events.change.translations");
        }
        return conflicts;
    }
}
