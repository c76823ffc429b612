package de.mosaik.practice;

import java.util.List;

/**
 * Funding programmes the form suggests (the field stays free text, stored in
 * {@code practice.example.funding_programme}); proper names, the same in every language.
 */
public final class FundingProgrammes {

    public static final List<String> SUGGESTED = List.of(
            "KOMM-AN NRW",
            "KOMM-IN NRW",
            "XENOS",
            "ESF",
            "ESF Plus",
            "AMIF",
            "Bundesprogramm Sprach-Kitas",
            "Landesmittel",
            "Kommunale Mittel",
            "Stiftungsmittel");

    private FundingProgrammes() {}
}
