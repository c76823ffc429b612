package de.mosaik.portal.web;

import de.mosaik.portal.domain.Page;
import de.mosaik.portal.domain.PageDraft;
import de.mosaik.portal.domain.PageStatus;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.MultiLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A page as the edit form sends it: every field a string, so that any input comes back as typed. */
public record PageForm(
        @Nullable String parentId,
        @Nullable String position,
        @Nullable String slug,
        @Nullable String title,
        @MultiLine @Nullable String summary,
        @MultiLine @Nullable String body,
        @Nullable String status,
        @Nullable String publishAt,
        @Nullable String reviewOn,
        @Nullable List<String> contactIds,
        int version) {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int BODY_MAX = 100_000;

    static PageForm empty(@Nullable UUID parentId, int position) {
        return new PageForm(
                parentId == null ? "" : parentId.toString(),
                String.valueOf(position),
                "",
                "",
                "",
                "",
                "DRAFT",
                "",
                "",
                List.of(),
                0);
    }

    static PageForm of(Page page, List<UUID> contactIds) {
        return new PageForm(
                page.parentId() == null ? "" : page.parentId().toString(),
                String.valueOf(page.position()),
                page.slug(),
                page.title(),
                page.summary(),
                page.body(),
                page.status().name(),
                BerlinTime.dateTimeInput(page.publishAt()),
                page.reviewOn() == null ? "" : page.reviewOn().toString(),
                contactIds.stream().map(UUID::toString).toList(),
                page.version());
    }

    PageForm withVersion(int newVersion) {
        return new PageForm(
                parentId, position, slug, title, summary, body, status, publishAt, reviewOn, contactIds, newVersion);
    }

    /** The chosen contacts in their order, without blanks, repeats and values that are no ids. */
    public List<UUID> chosenContacts() {
        return FormText.uuids(contactIds).stream().distinct().toList();
    }

    /**
     * The chosen contacts as the editor's numbered choice fields show them, then empty fields for more (two, or as
     * many as contacts are left): one field per place in the order, so the order needs no script.
     */
    public List<String> contactSlots(int available) {
        var slots = new ArrayList<String>(
                chosenContacts().stream().map(UUID::toString).toList());
        int empty = Math.min(2, Math.max(0, available - slots.size()));
        for (int i = 0; i < empty; i++) {
            slots.add("");
        }
        return slots;
    }

    void check(BindingResult result) {
        var title = strip(this.title);
        if (title.isEmpty()) {
            result.rejectValue("title", "portal.content.title.required");
        } else if (title.length() > TITLE_MAX) {
            result.rejectValue("title", "portal.content.tooLong");
        }
        var slug = slugOrFromTitle();
        if (!Slugs.valid(slug) && !title.isEmpty()) {
            result.rejectValue("slug", "portal.content.slug.invalid");
        }
        if (strip(summary).length() > SUMMARY_MAX) {
            result.rejectValue("summary", "portal.content.tooLong");
        }
        if (strip(body).length() > BODY_MAX) {
            result.rejectValue("body", "portal.content.tooLong");
        }
        if (!strip(parentId).isEmpty() && parent() == null) {
            result.rejectValue("parentId", "portal.page.parent.invalid");
        }
        if (positionNumber() == null) {
            result.rejectValue("position", "portal.page.position.invalid");
        }
        if (!"DRAFT".equals(status) && !"PUBLISHED".equals(status)) {
            result.rejectValue("status", "portal.page.status.invalid");
        }
        if (!strip(publishAt).isEmpty() && BerlinTime.parseDateTime(publishAt).isEmpty()) {
            result.rejectValue("publishAt", "portal.content.dateTime.invalid");
        }
        if (!strip(reviewOn).isEmpty() && day(reviewOn) == null) {
            result.rejectValue("reviewOn", "portal.content.date.invalid");
        }
    }

    /** Call after {@link #check} found nothing. */
    PageDraft draft() {
        var number = positionNumber();
        return new PageDraft(
                parent(),
                number == null ? 0 : number,
                slugOrFromTitle(),
                strip(title),
                strip(summary),
                strip(body),
                "PUBLISHED".equals(status) ? PageStatus.PUBLISHED : PageStatus.DRAFT,
                strip(publishAt).isEmpty()
                        ? null
                        : BerlinTime.parseDateTime(publishAt).orElse(null),
                day(reviewOn));
    }

    private String slugOrFromTitle() {
        var given = strip(slug);
        return given.isEmpty() ? Slugs.from(strip(title)) : given;
    }

    private @Nullable UUID parent() {
        try {
            var value = strip(parentId);
            return value.isEmpty() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable Integer positionNumber() {
        try {
            var value = strip(position);
            int number = value.isEmpty() ? 0 : Integer.parseInt(value);
            return number >= 0 && number <= 10_000 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable LocalDate day(@Nullable String value) {
        try {
            var text = strip(value);
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String strip(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
