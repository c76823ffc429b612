package de.mosaik.networks.web;

import de.mosaik.networks.domain.NetworkFiguresService;
import de.mosaik.networks.domain.NetworkYear;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SpreadsheetCsv;
import de.mosaik.shared.text.SpreadsheetXlsx;
import de.mosaik.shared.web.BackOfficePage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordination's yearly statistics of its network, with charts, data tables and downloads. */
@Controller
@BackOfficePage
class NetworkFiguresController {

    static final String PATH = NetworkRoutes.NETWORK + "/statistik";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final NetworkPages pages;
    private final NetworkFiguresService figures;
    private final MessageSource messages;

    NetworkFiguresController(NetworkPages pages, NetworkFiguresService figures, MessageSource messages) {
        this.pages = pages;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String show(@PathVariable String network, Locale locale, Model model) {
        var area = pages.coordinate(network, model);
        model.addAttribute("page", new NetworkFiguresPage(figures.years(area.id(), today()), locale));
        model.addAttribute("presence", figures.presentByBody(area.id(), today()));
        return "networks/figures";
    }

    @GetMapping(PATH + ".csv")
    ResponseEntity<byte[]> csv(@PathVariable String network, Locale locale, Model model) {
        var area = pages.coordinate(network, model);
        var years = figures.years(area.id(), today());
        return download(SpreadsheetCsv.write(header(locale), rows(years)), CSV, area.slug() + "-statistik.csv");
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String network, Locale locale, Model model) {
        var area = pages.coordinate(network, model);
        var years = figures.years(area.id(), today());
        var sheet = text("networks.figures.title", locale);
        return download(
                SpreadsheetXlsx.write(sheet, header(locale), rows(years)), XLSX, area.slug() + "-statistik.xlsx");
    }

    private List<String> header(Locale locale) {
        var header = new ArrayList<String>();
        for (var key : NetworkFiguresPage.COLUMNS) {
            header.add(text(key, locale));
        }
        return header;
    }

    static List<List<String>> rows(List<NetworkYear> years) {
        var rows = new ArrayList<List<String>>();
        for (var year : years) {
            var row = new ArrayList<String>();
            row.add(String.valueOf(year.year()));
            row.add(String.valueOf(year.members()));
            row.add(String.valueOf(year.joined()));
            row.add(String.valueOf(year.left()));
            row.add(String.valueOf(year.meetings()));
            row.add(String.valueOf(year.recommendationsAdopted()));
            for (var status : NetworkYear.STATUSES) {
                row.add(String.valueOf(year.recommendations(status)));
            }
            row.add(String.valueOf(year.examplesPublished()));
            row.add(String.valueOf(year.examplesViewed()));
            rows.add(row);
        }
        return rows;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static LocalDate today() {
        return LocalDate.now(BerlinTime.ZONE);
    }
}
