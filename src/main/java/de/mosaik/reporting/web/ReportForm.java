package de.mosaik.reporting.web;

import de.mosaik.reporting.CountingBasis;
import de.mosaik.reporting.ReportDimension;
import de.mosaik.reporting.ReportRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The report form as typed, bound from the query string so that a report is a bookmarkable URL. The
 * components are named like the German query parameters since the binder matches them by name;
 * checkboxes are "true" or absent, which is why the unticked default needs no hidden marker.
 */
public record ReportForm(
        String von,
        String bis,
        String stichtag,
        String basis,
        String abgesagte,
        String nichtErschienene,
        List<String> gliederung) {

    /** A period outside these years is a typing error (and would overflow the database's dates). */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    /** As text, else the message would group the digits ("2.000"). */
    private static final Object[] YEARS = {String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)};

    public ReportForm {
        von = strip(von);
        bis = strip(bis);
        stichtag = strip(stichtag);
        basis = basis == null || basis.isBlank() ? CountingBasis.ATTENDED.name() : strip(basis);
        abgesagte = strip(abgesagte);
        nichtErschienene = strip(nichtErschienene);
        gliederung = gliederung == null ? List.of() : List.copyOf(gliederung);
    }

    /** This year so far, counted as known today, by year and target group: what is asked most. */
    static ReportForm blank(LocalDate today) {
        return period(today.withDayOfYear(1), today, today);
    }

    static ReportForm period(LocalDate from, LocalDate to, LocalDate cutOff) {
        return new ReportForm(
                from.toString(),
                to.toString(),
                cutOff.toString(),
                CountingBasis.ATTENDED.name(),
                "",
                "",
                List.of(ReportDimension.YEAR.name(), ReportDimension.TARGET_GROUP.name()));
    }

    static ReportForm of(ReportRequest request, List<ReportDimension> breakdowns) {
        return new ReportForm(
                request.from().toString(),
                request.to().toString(),
                request.cutOff().toString(),
                request.basis().name(),
                request.includeCancelled() ? "true" : "",
                request.includeNoShows() ? "true" : "",
                breakdowns.stream().map(Enum::name).toList());
    }

    void check(Errors errors) {
        var from = date(von);
        var to = date(bis);
        if (from == null) {
            errors.rejectValue("von", "reporting.form.error.from", YEARS, null);
        }
        if (to == null) {
            errors.rejectValue("bis", "reporting.form.error.to", YEARS, null);
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("bis", "reporting.form.error.order");
        }
        if (date(stichtag) == null) {
            errors.rejectValue("stichtag", "reporting.form.error.cutOff", YEARS, null);
        }
        if (countingBasis() == null) {
            errors.rejectValue("basis", "reporting.form.error.basis");
        }
    }

    /** The question; only after {@link #check} found nothing. */
    ReportRequest request() {
        return new ReportRequest(
                Objects.requireNonNull(date(von)),
                Objects.requireNonNull(date(bis)),
                Objects.requireNonNull(date(stichtag)),
                Objects.requireNonNull(countingBasis()),
                registered() && ticked(abgesagte),
                registered() && ticked(nichtErschienene));
    }

    /** The chosen breakdowns in a fixed order; unknown names are ignored. */
    public List<ReportDimension> dimensions() {
        var chosen = new ArrayList<ReportDimension>();
        for (var dimension : ReportDimension.values()) {
            if (gliederung.contains(dimension.name())) {
                chosen.add(dimension);
            }
        }
        return chosen;
    }

    public boolean chosen(ReportDimension dimension) {
        return gliederung.contains(dimension.name());
    }

    public boolean basis(CountingBasis candidate) {
        return candidate.name().equals(basis);
    }

    public boolean cancelledTicked() {
        return ticked(abgesagte);
    }

    public boolean noShowsTicked() {
        return ticked(nichtErschienene);
    }

    /** The form's query string, for the export links and for saving. */
    public String query() {
        var parts = new ArrayList<String>();
        parts.add("von=" + encode(von));
        parts.add("bis=" + encode(bis));
        parts.add("stichtag=" + encode(stichtag));
        parts.add("basis=" + encode(basis));
        if (ticked(abgesagte)) {
            parts.add("abgesagte=true");
        }
        if (ticked(nichtErschienene)) {
            parts.add("nichtErschienene=true");
        }
        dimensions().forEach(d -> parts.add("gliederung=" + d.name()));
        return String.join("&", parts);
    }

    private boolean registered() {
        return countingBasis() == CountingBasis.REGISTERED;
    }

    private @Nullable CountingBasis countingBasis() {
        for (var candidate : CountingBasis.values()) {
            if (candidate.name().equals(basis)) {
                return candidate;
            }
        }
        return null;
    }

    static @Nullable LocalDate date(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            var day = LocalDate.parse(value);
            return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean ticked(String value) {
        return !value.isEmpty() && !value.equals("false");
    }

    private static String strip(@Nullable String value) {
        if (value == null) {
            return "";
        }
        var plain = value.strip();
        // Only echoed back into the form; a longer value is no date anyway.
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
