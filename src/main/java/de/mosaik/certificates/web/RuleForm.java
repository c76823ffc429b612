package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.CertificateRule;
import de.mosaik.certificates.domain.Threshold;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The rule form as submitted; everything as text, so that wrong input can be shown again as typed. */
public record RuleForm(
        @Nullable String threshold,
        @Nullable String minPercent,
        @Nullable String teachingUnits,
        @Nullable String signerName,
        @Nullable String signerRole,
        @Nullable String place,
        @Nullable String version,
        @Nullable Boolean asTenantDefault) {

    private static final int MAX_NAME = 200;
    private static final int MAX_PLACE = 100;

    static RuleForm of(CertificateRule rule) {
        return new RuleForm(
                rule.threshold().name(),
                String.valueOf(rule.minPercent()),
                rule.teachingUnits() == null
                        ? ""
                        : rule.teachingUnits().stripTrailingZeros().toPlainString(),
                rule.signerName(),
                rule.signerRole(),
                rule.place(),
                String.valueOf(rule.version()),
                false);
    }

    public boolean tenantDefault() {
        return Boolean.TRUE.equals(asTenantDefault);
    }

    public String thresholdValue() {
        return threshold == null ? Threshold.ALL_SESSIONS.name() : threshold;
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The rule, or null with the errors recorded in {@code result}. */
    @Nullable
    CertificateRule validate(UUID eventId, BindingResult result) {
        Threshold chosen = null;
        try {
            chosen = Threshold.valueOf(thresholdValue());
        } catch (IllegalArgumentException e) {
            result.rejectValue("threshold", "certificates.rule.threshold.invalid");
        }
        int percent = 80;
        try {
            percent = Integer.parseInt(text(minPercent).strip());
            if (percent < 1 || percent > 100) {
                result.rejectValue("minPercent", "certificates.rule.minPercent.invalid");
            }
        } catch (NumberFormatException e) {
            result.rejectValue("minPercent", "certificates.rule.minPercent.invalid");
        }
        BigDecimal units = null;
        var typedUnits = text(teachingUnits).strip().replace(',', '.');
        if (!typedUnits.isEmpty()) {
            try {
                units = new BigDecimal(typedUnits);
                if (units.signum() <= 0 || units.compareTo(BigDecimal.valueOf(9999)) > 0 || units.scale() > 1) {
                    result.rejectValue("teachingUnits", "certificates.rule.teachingUnits.invalid");
                }
            } catch (NumberFormatException e) {
                result.rejectValue("teachingUnits", "certificates.rule.teachingUnits.invalid");
            }
        }
        if (text(signerName).strip().length() > MAX_NAME) {
            result.rejectValue("signerName", "certificates.rule.tooLong");
        }
        if (text(signerRole).strip().length() > MAX_NAME) {
            result.rejectValue("signerRole", "certificates.rule.tooLong");
        }
        if (text(place).strip().length() > MAX_PLACE) {
            result.rejectValue("place", "certificates.rule.tooLong");
        }
        int readVersion;
        try {
            readVersion = Integer.parseInt(text(version).strip());
        } catch (NumberFormatException e) {
            readVersion = -1;
        }
        if (result.hasErrors() || chosen == null) {
            return null;
        }
        return new CertificateRule(
                eventId,
                chosen,
                percent,
                units,
                text(signerName).strip(),
                text(signerRole).strip(),
                text(place).strip(),
                readVersion);
    }
}
