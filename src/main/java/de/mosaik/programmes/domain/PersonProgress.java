package de.mosaik.programmes.domain;

import java.util.List;

/** One person's progress in a programme, as {@link CompletionPolicy} decided it. */
public record PersonProgress(
        String name,
        String email,
        String emailNormalized,
        String locale,
        List<BuildingBlockState> buildingBlocks,
        CompletionPolicy.Decision decision) {

    public boolean complete() {
        return decision.complete();
    }

    public long fulfilledCount() {
        return buildingBlocks.stream().filter(BuildingBlockState::fulfilled).count();
    }

    /** The required building blocks still open, in the programme's order. */
    public List<BuildingBlock> missingRequired() {
        return buildingBlocks.stream()
                .filter(s -> !s.fulfilled() && s.buildingBlock().required())
                .map(BuildingBlockState::buildingBlock)
                .toList();
    }

    public int optionalMissing() {
        return decision.optionalMissing();
    }
}
