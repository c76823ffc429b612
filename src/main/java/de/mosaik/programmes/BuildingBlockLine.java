package de.mosaik.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One fulfilled building block as a certificate lists it: the event attended, its days (Europe/Berlin) and the hours. */
public record BuildingBlockLine(
        String buildingBlockTitle, boolean required, String eventTitle, List<LocalDate> eventDates, BigDecimal hours) {}
