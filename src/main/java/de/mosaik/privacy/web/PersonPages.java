package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.Person;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.shared.privacy.PersonalDataAccessLog;
import de.mosaik.shared.privacy.PersonalDataAccessLog.AccessKind;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BackOfficeTenant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the person pages share: their addresses, the person of the path or 404, and the access log. */
@Component
class PersonPages {

    static final String LIST = "/verwaltung/{slug}/personen";
    static final String PERSON = LIST + "/{key}";

    static final String VIEWED = "privacy.person";
    static final String EXPORTED = "privacy.export";
    static final String LISTED = "privacy.persons";

    private final PersonService directory;
    private final PersonalDataAccessLog log;
    private final MessageSource messages;

    PersonPages(PersonService directory, PersonalDataAccessLog log, MessageSource messages) {
        this.directory = directory;
        this.log = log;
        this.messages = messages;
    }

    /** The tenant's person with this key, or 404 — also for a malformed key or another tenant's person. */
    Person person(BackOfficeTenant tenant, String key) {
        return directory.byKey(tenant.id(), key).orElseThrow(PersonPages::notFound);
    }

    /** Showing a person's data is an access the tenant administrator must be able to trace. */
    Person viewed(BackOfficeTenant tenant, String key) {
        var person = person(tenant, key);
        log.record(tenant.id(), AccessKind.VIEW, VIEWED, person.displayName(), person.canonicalEmail());
        return person;
    }

    /** The list shows names and addresses of everybody found; the search text says whom staff looked for. */
    void listed(BackOfficeTenant tenant, String search) {
        log.record(tenant.id(), AccessKind.VIEW, LISTED, search, null);
    }

    void exported(BackOfficeTenant tenant, Person person) {
        log.record(tenant.id(), AccessKind.EXPORT, EXPORTED, person.displayName(), person.canonicalEmail());
    }

    static String list(BackOfficeTenant tenant) {
        return tenant.path("/personen");
    }

    static String page(BackOfficeTenant tenant, String key) {
        return tenant.path("/personen/" + key);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The file name names the person by the start of their pseudonym, never by address or name. */
    ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String key, String extension, Locale locale) {
        var name = messages.getMessage("persons.export.fileName", null, locale) + "-" + key.substring(0, 12) + "-"
                + LocalDate.now(BerlinTime.ZONE) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }
}
