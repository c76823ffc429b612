package de.mosaik.shared.web.translation;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslatableContent;
import de.mosaik.shared.translation.work.ImportProblem;
import de.mosaik.shared.translation.work.TranslationProgress;
import de.mosaik.shared.translation.work.TranslationWork;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The translation overview: the filter as chosen, the items it lets through with their progress per language,
 * the words still to translate, and the problems of a refused import.
 */
public record TranslationOverviewPage(
        List<TranslatableContent> kinds,
        List<ContentLanguage> languages,
        @Nullable String kind,
        @Nullable ContentLanguage language,
        @Nullable TranslationProgress progress,
        TranslationWork.Overview overview,
        List<ImportProblem> problems,
        boolean canManageLanguages) {

    public List<TranslationProgress> progressValues() {
        return List.of(TranslationProgress.values());
    }

    /** The export link's query: the filter, and the language the file is for. */
    public String exportQuery(ContentLanguage target) {
        var query = new StringBuilder("?" + TranslationRoutes.LANGUAGE + "=" + target.code());
        if (kind != null) {
            query.append("&art=").append(kind);
        }
        if (progress != null) {
            query.append("&stand=").append(progress.name());
        }
        return query.toString();
    }
}
