package de.mosaik.events.web;

import de.mosaik.events.domain.CalendarService;
import de.mosaik.shared.i18n.UiLanguage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** iCalendar downloads of single events and the subscribable feed of a tenant's catalogue. */
@Controller
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarService calendars;
    private final PublicPages site;

    CalendarController(CalendarService calendars, PublicPages site) {
        this.calendars = calendars;
        this.site = site;
    }

    /** In the language of the page the link was on ({@code ?lang=}, else the language cookie). */
    @GetMapping("/{slug}/veranstaltungen/{id}/kalender.ics")
    ResponseEntity<byte[]> event(@PathVariable String slug, @PathVariable String id, Locale locale) {
        var tenant = site.tenant(slug);
        var eventId = PublicPages.id(id);
        var file = calendars
                .event(tenant.id(), eventId, false, UiLanguage.of(locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("veranstaltung-" + eventId + ".ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                // Without ?lang= the language comes from the cookie or the browser.
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE)
                .body(file);
    }

    /**
     * Calendar apps poll a subscription every few hours; a short cache keeps repeated polls cheap
     * while changes still arrive the same day.
     */
    @GetMapping("/{slug}/kalender.ics")
    ResponseEntity<byte[]> feed(@PathVariable String slug) {
        var tenant = site.tenant(slug);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(slug + ".ics")
                                .build()
                                .toString())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .body(calendars.feed(tenant.id()));
    }
}
