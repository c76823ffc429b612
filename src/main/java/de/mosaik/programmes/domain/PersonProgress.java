package de.mosaik.programmes.domain;

import java.util.List;

/** One person's progress in a programme, as {@link CompletionPolicy} decided it. */
public record PersonProgress(
        String name,
        String email,
        String emailNormalized,
        String locale,
        List<ModuleState> modules,
        CompletionPolicy.Decision decision) {

    public boolean complete() {
        return decision.complete();
    }

    public long fulfilledCount() {
        return modules.stream().filter(ModuleState::fulfilled).count();
    }

    /** The required modules still open, in the programme's order. */
    public List<Module> missingRequired() {
        return modules.stream()
                .filter(s -> !s.fulfilled() && s.module().required())
                .map(ModuleState::module)
                .toList();
    }

    public int optionalMissing() {
        return decision.optionalMissing();
    }
}
