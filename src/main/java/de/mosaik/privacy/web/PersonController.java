package de.mosaik.privacy.web;

import de.mosaik.privacy.domain.AccessExportService;
import de.mosaik.privacy.domain.PersonService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The persons of a tenant, one person's page and the access export staff hand out on request. */
@Controller
@BackOfficePage
@PreAuthorize("hasAnyRole('TENANT_ADMIN','STAFF')")
class PersonController {

    private static final MediaType JSON = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    private final PersonService directory;
    private final PersonPages pages;
    private final AccessExportService export;

    PersonController(PersonService directory, PersonPages pages, AccessExportService export) {
        this.directory = directory;
        this.pages = pages;
        this.export = export;
    }

    @GetMapping(PersonPages.LIST)
    String list(
            BackOfficeTenant tenant, @RequestParam(name = "q", required = false) @Nullable String query, Model model) {
        var needle = query == null ? "" : query.strip();
        var persons = directory.search(tenant.id(), needle);
        pages.listed(tenant, needle);
        model.addAttribute("persons", persons);
        model.addAttribute("query", needle);
        model.addAttribute("limited", persons.size() >= PersonService.LIMIT);
        model.addAttribute("base", PersonPages.list(tenant));
        return "privacy/persons/list";
    }

    @GetMapping(PersonPages.PERSON)
    String person(BackOfficeTenant tenant, @PathVariable String key, Model model) {
        model.addAttribute("person", pages.viewed(tenant, key));
        model.addAttribute("base", PersonPages.page(tenant, key));
        model.addAttribute("list", PersonPages.list(tenant));
        return "privacy/persons/person";
    }

    @GetMapping(PersonPages.PERSON + "/export.json")
    ResponseEntity<byte[]> json(BackOfficeTenant tenant, @PathVariable String key, Locale locale) {
        var person = pages.person(tenant, key);
        var bytes = export.json(export.collect(tenant.id(), tenant.name(), person.subject()));
        pages.exported(tenant, person);
        return pages.download(bytes, JSON, key, "json", locale);
    }

    @GetMapping(PersonPages.PERSON + "/export.pdf")
    ResponseEntity<byte[]> pdf(BackOfficeTenant tenant, @PathVariable String key, Locale locale) {
        var person = pages.person(tenant, key);
        var bytes = export.pdf(export.collect(tenant.id(), tenant.name(), person.subject()), locale);
        pages.exported(tenant, person);
        return pages.download(bytes, MediaType.APPLICATION_PDF, key, "pdf", locale);
    }
}
