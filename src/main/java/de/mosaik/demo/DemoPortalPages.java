package de.mosaik.demo;

import de.mosaik.portal.PortalContent;
import de.mosaik.portal.PortalContent.Editor;
import de.mosaik.portal.PortalContent.NewsText;
import de.mosaik.portal.PortalContent.PageText;
import de.mosaik.portal.PortalContentSetup;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.TranslationEdit;
import de.mosaik.shared.translation.TranslationStatus;
import de.mosaik.shared.translation.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portal content of the demo tenants: Duisburg's fields of work (seed 004) with sub-pages, Düren's
 * trainings page in Einfache Sprache (seed 001) and news for all three. Duisburg's start page texts and its
 * newcomer and counselling pages are translated; the counselling page's Arabic text is outdated on purpose,
 * because its German was changed after it was translated, so that the page shows German there.
 */
@Component
class DemoPortalPages {

    private final PortalContent content;
    private final PortalContentSetup setup;
    private final Translations translations;

    DemoPortalPages(PortalContent content, PortalContentSetup setup, Translations translations) {
        this.content = content;
        this.setup = setup;
        this.translations = translations;
    }

    void seed(UUID tenantId, String slug, Editor editor, Instant now) {
        var today = LocalDate.ofInstant(now, BerlinTime.ZONE);
        switch (slug) {
            case "stadt-duisburg" -> duisburg(tenantId, editor, today);
            case "kreis-dueren" -> dueren(tenantId, editor, today);
            case "kreis-recklinghausen" -> recklinghausen(tenantId, editor, today);
            default -> {}
        }
    }

    private void duisburg(UUID tenantId, Editor editor, LocalDate today) {
        var ids = new HashMap<String, UUID>();
        for (var page : DemoPortalTexts.DUISBURG) {
            var parent = page.parent() == null ? null : ids.get(page.parent());
            // The newcomer page is due for its "still current?" check, so that the reminder has work to do.
            var reviewOn = page.slug().equals(DemoPortalTexts.NEWCOMERS) ? today.minusDays(1) : today.plusMonths(6);
            var text = page.slug().equals(DemoPortalTexts.COUNSELLING)
                    ? new PageText(page.slug(), page.title(), page.summary(), DemoPortalTexts.COUNSELLING_BODY_BEFORE)
                    : new PageText(page.slug(), page.title(), page.summary(), page.body());
            var id = content.createPage(tenantId, parent, text, reviewOn, editor);
            ids.put(page.slug(), id);
        }
        var counselling = ids.get(DemoPortalTexts.COUNSELLING);
        // Arabic first, then the German changes: the Arabic body no longer fits and is shown as outdated.
        publish(
                tenantId,
                PortalTexts.PAGE,
                counselling,
                PortalTexts.BODY,
                DemoPortalTexts.COUNSELLING_BODY_BEFORE,
                DemoPortalTexts.AR,
                DemoPortalTexts.COUNSELLING_BODY_AR_BEFORE);
        var page = DemoPortalTexts.DUISBURG.stream()
                .filter(p -> p.slug().equals(DemoPortalTexts.COUNSELLING))
                .findFirst()
                .orElseThrow();
        content.changePage(
                tenantId, counselling, new PageText(page.slug(), page.title(), page.summary(), page.body()), editor);
        for (var p : DemoPortalTexts.DUISBURG) {
            translate(
                    tenantId, PortalTexts.PAGE, ids.get(p.slug()), p.title(), p.summary(), p.body(), p.translations());
        }
        var news = content.createNews(
                tenantId, DemoPortalTexts.DUISBURG_NEWS, today.minusDays(2), today.plusDays(60), editor);
        translate(
                tenantId,
                PortalTexts.NEWS,
                news,
                DemoPortalTexts.DUISBURG_NEWS.title(),
                DemoPortalTexts.DUISBURG_NEWS.teaser(),
                DemoPortalTexts.DUISBURG_NEWS.body(),
                DemoPortalTexts.DUISBURG_NEWS_TRANSLATIONS);
        content.createNews(
                tenantId,
                new NewsText(
                        "interkulturelle-woche",
                        "Interkulturelle Woche im Internationalen Zentrum",
                        "Eine Woche lang Begegnung, Musik und Gespräche am Innenhafen – der Eintritt ist frei.",
                        "Vereine, Migrantenorganisationen und Schulen zeigen, wie vielfältig Duisburg ist. Das "
                                + "Programm liegt im Internationalen Zentrum, Flachsmarkt 15, aus."),
                today.minusDays(20),
                null,
                editor);
        // Expired: the back office still lists it, the public no longer sees it.
        content.createNews(
                tenantId,
                new NewsText(
                        "anmeldung-willkommensangebot-sommer",
                        "Anmeldung zum Willkommensangebot in den Sommerferien",
                        "Die Plätze für die Sommergruppe sind vergeben.",
                        "Die nächste Gruppe beginnt nach den Herbstferien."),
                today.minusDays(90),
                today.minusDays(30),
                editor);
    }

    private void dueren(UUID tenantId, Editor editor, LocalDate today) {
        var trainings = DemoPortalTexts.DUEREN_TRAININGS;
        var id = content.createPage(
                tenantId,
                null,
                new PageText(trainings.slug(), trainings.title(), trainings.summary(), trainings.body()),
                today.plusMonths(3),
                editor);
        translate(
                tenantId,
                PortalTexts.PAGE,
                id,
                trainings.title(),
                trainings.summary(),
                trainings.body(),
                trainings.translations());
        content.createNews(tenantId, DemoPortalTexts.DUEREN_NEWS, today.minusDays(7), today.plusDays(90), editor);
    }

    /**
     * Duisburg offers its page on the school system in NRW, written in six languages; Düren takes it over as
     * a live copy, Recklinghausen as an independent copy (ADR 0019). Runs once all three tenants exist.
     */
    void shareSchoolSystem(
            UUID duisburg,
            Editor duisburgEditor,
            UUID dueren,
            Editor duerenEditor,
            UUID recklinghausen,
            Editor recklinghausenEditor,
            Instant now) {
        var today = LocalDate.ofInstant(now, BerlinTime.ZONE);
        var newcomers = setup.pageId(duisburg, DemoPortalTexts.NEWCOMERS).orElse(null);
        var page = content.createPage(
                duisburg,
                newcomers,
                new PageText(DemoSharedPage.SLUG, DemoSharedPage.TITLE, DemoSharedPage.SUMMARY, DemoSharedPage.BODY),
                today.plusMonths(6),
                duisburgEditor);
        translate(
                duisburg,
                PortalTexts.PAGE,
                page,
                DemoSharedPage.TITLE,
                DemoSharedPage.SUMMARY,
                DemoSharedPage.BODY,
                DemoSharedPage.TRANSLATIONS);
        content.offerPage(duisburg, page);
        content.takeOverPage(dueren, page, true, DemoSharedPage.SLUG, duerenEditor);
        content.takeOverPage(recklinghausen, page, false, DemoSharedPage.SLUG, recklinghausenEditor);
    }

    private void recklinghausen(UUID tenantId, Editor editor, LocalDate today) {
        content.createNews(
                tenantId, DemoPortalTexts.RECKLINGHAUSEN_NEWS, today.minusDays(5), today.plusDays(45), editor);
    }

    /** Publishes the given texts; a translation with two entries covers title and summary only. */
    private void translate(
            UUID tenantId,
            String kind,
            UUID ownerId,
            String title,
            String summary,
            String body,
            Map<ContentLanguage, List<String>> byLanguage) {
        byLanguage.forEach((language, texts) -> {
            publish(tenantId, kind, ownerId, PortalTexts.TITLE, title, language, texts.get(0));
            publish(tenantId, kind, ownerId, PortalTexts.SUMMARY, summary, language, texts.get(1));
            if (texts.size() > 2) {
                publish(tenantId, kind, ownerId, PortalTexts.BODY, body, language, texts.get(2));
            }
        });
    }

    private void publish(
            UUID tenantId,
            String kind,
            UUID ownerId,
            String field,
            String german,
            ContentLanguage language,
            @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        translations.save(
                tenantId,
                new TextKey(kind, ownerId, field),
                language,
                new TranslationEdit(text, TranslationStatus.PUBLISHED, 0, false),
                german,
                null);
    }
}
