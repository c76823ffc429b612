package de.mosaik.networks.web;

import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.work.TranslationProgress;
import de.mosaik.shared.translation.work.TranslationWork;
import java.util.Map;

/** One item on a network's translation page: its texts, how far each language is, and where its editor is. */
public record NetworkTranslationRow(
        TranslationWork.ItemTexts texts, Map<ContentLanguage, TranslationProgress> progress, String path) {}
