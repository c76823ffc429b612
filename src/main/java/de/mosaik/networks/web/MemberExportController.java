package de.mosaik.networks.web;

import de.mosaik.networks.Networks;
import de.mosaik.networks.domain.Delegate;
import de.mosaik.networks.domain.NetworkMembership;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.text.SpreadsheetXlsx;
import de.mosaik.shared.web.BackOfficePage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The member list as a spreadsheet for the members: bodies with their dates and delegates, with only the
 * contact details each delegate agreed to show.
 */
@Controller
@BackOfficePage
class MemberExportController {

    private final NetworkPages pages;
    private final Networks networks;
    private final NetworkMembership membership;
    private final MessageSource messages;

    MemberExportController(
            NetworkPages pages, Networks networks, NetworkMembership membership, MessageSource messages) {
        this.pages = pages;
        this.networks = networks;
        this.membership = membership;
        this.messages = messages;
    }

    @GetMapping(NetworkMembersController.MEMBERS + ".csv")
    ResponseEntity<byte[]> csv(@PathVariable String network, Model model, Locale locale) {
        var area = pages.prepare(network, model);
        return file(area, "csv", "text/csv; charset=UTF-8", SpreadsheetCsv.write(header(locale), rows(area, locale)));
    }

    @GetMapping(NetworkMembersController.MEMBERS + ".xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String network, Model model, Locale locale) {
        var area = pages.prepare(network, model);
        var bytes = SpreadsheetXlsx.writeText(t("networks.export.sheet", locale), header(locale), rows(area, locale));
        return file(area, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }

    private List<String> header(Locale locale) {
        return List.of(
                t("networks.members.body", locale),
                t("networks.members.joinedOn", locale),
                t("networks.members.leftOn", locale),
                t("networks.members.name", locale),
                t("networks.members.role", locale),
                t("networks.members.function", locale),
                t("networks.members.email", locale),
                t("networks.members.phone", locale));
    }

    private List<List<String>> rows(NetworkArea area, Locale locale) {
        var listing = MemberListing.of(
                networks.members(area.id()), membership.delegates(area.id()), LocalDate.now(BerlinTime.ZONE));
        var rows = new ArrayList<List<String>>();
        for (var delegate : listing.withoutBody()) {
            rows.add(row("", "", "", delegate, locale));
        }
        var entries = new ArrayList<>(listing.current());
        entries.addAll(listing.former());
        for (var entry : entries) {
            var body = entry.body();
            var joined = body.joinedOn().toString();
            var left = body.leftOn() == null ? "" : body.leftOn().toString();
            if (entry.delegates().isEmpty()) {
                rows.add(List.of(body.name(), joined, left, "", "", "", "", ""));
            }
            for (var delegate : entry.delegates()) {
                rows.add(row(body.name(), joined, left, delegate, locale));
            }
        }
        return rows;
    }

    private List<String> row(String body, String joined, String left, Delegate delegate, Locale locale) {
        return List.of(
                body,
                joined,
                left,
                delegate.name(),
                t(delegate.role().messageKey(), locale),
                delegate.functionTitle(),
                delegate.shownEmail(),
                delegate.shownPhone());
    }

    private ResponseEntity<byte[]> file(NetworkArea area, String extension, String type, byte[] content) {
        var name = "mitglieder-" + area.slug() + "-" + LocalDate.now(BerlinTime.ZONE) + "." + extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
