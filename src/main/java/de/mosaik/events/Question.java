package de.mosaik.events;

import java.util.List;
import java.util.UUID;

/** A question a registrant answers; {@code options} only for {@link QuestionKind#CHOICE}. */
public record Question(UUID id, QuestionKind kind, String label, List<String> options, boolean required) {}
