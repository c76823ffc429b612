package de.mosaik.shared.translation.work;

import de.mosaik.shared.translation.ContentLanguage;
import java.util.List;

/** What an XLIFF file holds: source and target language and its units, in file order. */
public record XliffFile(ContentLanguage source, ContentLanguage target, List<XliffUnit> units) {

    public XliffFile {
        units = List.copyOf(units);
    }
}
