package de.mosaik.programmes.domain;

import java.util.List;

/** One person's view of a programme: the programme, its building blocks and how far the person got. */
public record ProgrammeProgress(Programme programme, List<BuildingBlock> buildingBlocks, PersonProgress person) {}
