package de.mosaik.events.domain;

import de.mosaik.events.QuestionKind;
import java.util.List;

/** A registration question as staff write it; {@code options} only for choices. */
public record QuestionInput(QuestionKind kind, String label, List<String> options, boolean required) {}
