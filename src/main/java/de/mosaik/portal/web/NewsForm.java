package de.mosaik.portal.web;

import static de.mosaik.portal.web.PageForm.day;
import static de.mosaik.portal.web.PageForm.strip;

import de.mosaik.portal.domain.News;
import de.mosaik.portal.domain.NewsDraft;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A news item as its form sends it. */
public record NewsForm(
        @Nullable String slug,
        @Nullable String title,
        @MultiLine @Nullable String teaser,
        @MultiLine @Nullable String body,
        @Nullable String publishedOn,
        @Nullable String expiresOn,
        int version) {

    static NewsForm empty(LocalDate today) {
        return new NewsForm("", "", "", "", today.toString(), "", 0);
    }

    static NewsForm of(News news) {
        return new NewsForm(
                news.slug(),
                news.title(),
                news.teaser(),
                news.body(),
                news.publishedOn().toString(),
                news.expiresOn() == null ? "" : news.expiresOn().toString(),
                news.version());
    }

    NewsForm withVersion(int newVersion) {
        return new NewsForm(slug, title, teaser, body, publishedOn, expiresOn, newVersion);
    }

    void check(BindingResult result) {
        var title = strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "portal.content.title.required");
        } else if (title.length() > PageForm.TITLE_MAX) {
            result.rejectValue("title", "portal.content.tooLong");
        }
        if (!Slugs.valid(slugOrFromTitle()) && !title.isEmpty()) {
            result.rejectValue("slug", "portal.content.slug.invalid");
        }
        if (strip(teaser).length() > PageForm.SUMMARY_MAX) {
            result.rejectValue("teaser", "portal.content.tooLong");
        }
        if (strip(body).length() > PageForm.BODY_MAX) {
            result.rejectValue("body", "portal.content.tooLong");
        }
        var from = day(publishedOn);
        if (from == null) {
            result.rejectValue("publishedOn", "portal.content.date.invalid");
        }
        var until = day(expiresOn);
        if (!strip(expiresOn).isEmpty() && until == null) {
            result.rejectValue("expiresOn", "portal.content.date.invalid");
        } else if (from != null && until != null && until.isBefore(from)) {
            result.rejectValue("expiresOn", "portal.news.expiresOn.beforeStart");
        }
    }

    /** Call after {@link #check} found nothing. */
    NewsDraft draft() {
        return new NewsDraft(
                slugOrFromTitle(),
                strip(title),
                strip(teaser),
                strip(body),
                Objects.requireNonNull(day(publishedOn)),
                day(expiresOn));
    }

    private String slugOrFromTitle() {
        var given = strip(slug);
        return given.isEmpty() ? Slugs.from(strip(title)) : given;
    }
}
