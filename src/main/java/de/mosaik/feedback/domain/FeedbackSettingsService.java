package de.mosaik.feedback.domain;

import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's settings of an event's feedback form. Every change first moves the settings' version on
 * from the one the form showed, so that of two people editing at once the second is told instead of
 * silently overwriting the first; a repeated submit is refused the same way and changes nothing.
 */
@Service
public class FeedbackSettingsService {

    private final FeedbackRepository repository;

    FeedbackSettingsService(FeedbackRepository repository) {
        this.repository = repository;
    }

    public Optional<FeedbackEvent> event(UUID tenantId, UUID eventId) {
        return repository.event(tenantId, eventId);
    }

    public FeedbackSettings settings(UUID tenantId, UUID eventId) {
        var row = repository.settings(tenantId, eventId);
        var counts = repository.counts(tenantId, eventId);
        return new FeedbackSettings(
                row.enabled(),
                row.invitedAt(),
                row.version(),
                repository.questions(tenantId, eventId),
                counts.invited(),
                counts.responded());
    }

    @Transactional
    public void setEnabled(UUID tenantId, UUID eventId, boolean enabled, int version) {
        claim(tenantId, eventId, version);
        repository.setEnabled(tenantId, eventId, enabled);
    }

    @Transactional
    public void addQuestion(UUID tenantId, UUID eventId, QuestionDraft draft, int version) {
        claim(tenantId, eventId, version);
        repository.insertQuestion(tenantId, eventId, draft.kind(), draft.label(), draft.options(), draft.required());
    }

    /** Whether people have answered, after which the questions' kind and answers stay as they were asked. */
    public boolean questionsLocked(UUID tenantId, UUID eventId) {
        return repository.counts(tenantId, eventId).responded() > 0;
    }

    /**
     * Changes a question. After the first response only the wording of the question and whether it
     * must be answered may change, so that typing errors can be fixed.
     */
    @Transactional
    public void changeQuestion(UUID tenantId, UUID eventId, UUID questionId, QuestionDraft draft, int version) {
        if (questionsLocked(tenantId, eventId)) {
            var current = repository.questions(tenantId, eventId).stream()
                    .filter(q -> q.id().equals(questionId))
                    .findFirst()
                    .orElseThrow(StaleVersion::new);
            if (current.kind() != draft.kind() || !current.options().equals(draft.options())) {
                throw new QuestionLocked();
            }
        }
        claim(tenantId, eventId, version);
        if (!repository.updateQuestion(
                tenantId, eventId, questionId, draft.kind(), draft.label(), draft.options(), draft.required())) {
            throw new StaleVersion();
        }
    }

    @Transactional
    public void removeQuestion(UUID tenantId, UUID eventId, UUID questionId, int version) {
        if (questionsLocked(tenantId, eventId)) {
            throw new QuestionLocked();
        }
        claim(tenantId, eventId, version);
        if (!repository.deleteQuestion(tenantId, eventId, questionId)) {
            throw new StaleVersion();
        }
    }

    /** Moves a question one place up or down; the positions are numbered afresh. */
    @Transactional
    public void move(UUID tenantId, UUID eventId, UUID questionId, boolean up, int version) {
        claim(tenantId, eventId, version);
        var questions = new ArrayList<>(repository.questions(tenantId, eventId));
        int index = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new StaleVersion();
        }
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < questions.size()) {
            var moved = questions.remove(index);
            questions.add(other, moved);
        }
        for (int i = 0; i < questions.size(); i++) {
            repository.setPosition(tenantId, eventId, questions.get(i).id(), i);
        }
    }

    private void claim(UUID tenantId, UUID eventId, int version) {
        if (!repository.bumpVersion(tenantId, eventId, version)) {
            throw new StaleVersion();
        }
    }
}
