package de.mosaik.events.domain;

import de.mosaik.events.EventTexts;
import de.mosaik.events.Question;
import de.mosaik.events.QuestionKind;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The questions registrants answer, per event, in the order staff give them. */
@Service
public class EventQuestionService {

    private final JdbcClient jdbc;
    private final EventRows rows;
    private final EventLog log;
    private final Translations translations;

    EventQuestionService(JdbcClient jdbc, EventRows rows, EventLog log, Translations translations) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.log = log;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public List<Question> of(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select id, kind, label, options, required from events.question
                        where event_id = ? and tenant_id = ? order by position
                        """)
                .params(eventId, tenantId)
                .query((rs, row) -> new Question(
                        rs.getObject("id", UUID.class),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("label"),
                        PgArrays.strings(rs.getArray("options")),
                        rs.getBoolean("required")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Question> byId(UUID tenantId, UUID eventId, UUID questionId) {
        return of(tenantId, eventId).stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst();
    }

    /** Adds a question ({@code questionId} null) at the end, or changes one. */
    @Transactional
    public EventEditOutcome save(
            UUID tenantId, UUID eventId, @Nullable UUID questionId, QuestionInput input, Editor editor) {
        return save(tenantId, eventId, questionId, input, false, editor);
    }

    /**
     * As above. Translations of a changed label or option become outdated, unless staff call it a
     * {@code minorEdit}; options are translated by position.
     */
    @Transactional
    public EventEditOutcome save(
            UUID tenantId,
            UUID eventId,
            @Nullable UUID questionId,
            QuestionInput input,
            boolean minorEdit,
            Editor editor) {
        if (rows.find(tenantId, eventId, true).isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var before = questionId == null ? Optional.<Question>empty() : byId(tenantId, eventId, questionId);
        var options = input.kind() == QuestionKind.CHOICE ? input.options() : List.<String>of();
        int changed;
        if (questionId == null) {
            changed = jdbc.sql("""
                            insert into events.question (id, event_id, tenant_id, position, kind, label, options, required)
                            values (?, ?, ?, (select coalesce(max(position), 0) + 1 from events.question
                                              where event_id = ?), ?, ?, ?::varchar[], ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            eventId,
                            tenantId,
                            eventId,
                            input.kind().name(),
                            input.label(),
                            PgArrays.literal(options),
                            input.required())
                    .update();
        } else {
            changed = jdbc.sql("""
                            update events.question set kind = ?, label = ?, options = ?::varchar[], required = ?
                            where id = ? and event_id = ? and tenant_id = ?
                            """)
                    .params(
                            input.kind().name(),
                            input.label(),
                            PgArrays.literal(options),
                            input.required(),
                            questionId,
                            eventId,
                            tenantId)
                    .update();
            before.ifPresent(old -> sourcesChanged(tenantId, old, input.label(), options, minorEdit));
        }
        return changed(tenantId, eventId, changed, editor);
    }

    @Transactional
    public EventEditOutcome remove(UUID tenantId, UUID eventId, UUID questionId, Editor editor) {
        if (rows.find(tenantId, eventId, true).isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        int removed = jdbc.sql("delete from events.question where id = ? and event_id = ? and tenant_id = ?")
                .params(questionId, eventId, tenantId)
                .update();
        translations.removeOwner(tenantId, EventTexts.QUESTION, questionId);
        return changed(tenantId, eventId, removed, editor);
    }

    /** Swaps the question with the one above ({@code up}) or below it. */
    @Transactional
    public EventEditOutcome move(UUID tenantId, UUID eventId, UUID questionId, boolean up, Editor editor) {
        if (rows.find(tenantId, eventId, true).isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        var ids = of(tenantId, eventId).stream().map(Question::id).toList();
        int index = ids.indexOf(questionId);
        if (index < 0) {
            return EventEditOutcome.NOT_FOUND;
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ids.size()) {
            return EventEditOutcome.DONE;
        }
        for (int i = 0; i < ids.size(); i++) {
            int target = i == index ? other : i == other ? index : i;
            jdbc.sql("update events.question set position = ? where id = ? and tenant_id = ?")
                    .params(target + 1, ids.get(i), tenantId)
                    .update();
        }
        return changed(tenantId, eventId, 1, editor);
    }

    private void sourcesChanged(UUID tenantId, Question old, String label, List<String> options, boolean minorEdit) {
        translations.sourceChanged(
                tenantId, new TextKey(EventTexts.QUESTION, old.id(), EventTexts.LABEL), old.label(), label, minorEdit);
        for (int i = 0; i < Math.min(old.options().size(), options.size()); i++) {
            translations.sourceChanged(
                    tenantId,
                    new TextKey(EventTexts.QUESTION, old.id(), EventTexts.option(i)),
                    old.options().get(i),
                    options.get(i),
                    minorEdit);
        }
    }

    private EventEditOutcome changed(UUID tenantId, UUID eventId, int rowsChanged, Editor editor) {
        if (rowsChanged != 1) {
            return EventEditOutcome.NOT_FOUND;
        }
        rows.touch(tenantId, eventId, editor);
        log.record(tenantId, eventId, editor, "events.change.questions");
        return EventEditOutcome.DONE;
    }
}
