package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;

/** The languages page: the fixed default languages, the ones the tenant added, and a refused code as typed. */
public record TranslationLanguagesPage(
        List<ContentLanguage> defaults, List<ContentLanguage> added, String entered, boolean invalid) {}
