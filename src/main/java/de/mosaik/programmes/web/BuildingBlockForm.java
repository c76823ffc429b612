package de.mosaik.programmes.web;

import de.mosaik.programmes.domain.BuildingBlock;
import de.mosaik.programmes.domain.BuildingBlockDetails;
import de.mosaik.shared.web.MultiLine;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A building block as entered; empty hours mean: the hours of the attended event. */
public record BuildingBlockForm(
        @Nullable String title,
        @MultiLine @Nullable String description,
        boolean required,
        @Nullable String hours,
        int version) {

    static BuildingBlockForm empty() {
        return new BuildingBlockForm("", "", true, "", 0);
    }

    static BuildingBlockForm of(BuildingBlock buildingBlock) {
        return new BuildingBlockForm(
                buildingBlock.title(),
                buildingBlock.description(),
                buildingBlock.required(),
                buildingBlock.hours() == null
                        ? ""
                        : buildingBlock.hours().stripTrailingZeros().toPlainString(),
                buildingBlock.version());
    }

    BuildingBlockForm withVersion(int newVersion) {
        return new BuildingBlockForm(title, description, required, hours, newVersion);
    }

    public String titleValue() {
        return ProgrammeForm.strip(title);
    }

    public String descriptionValue() {
        return ProgrammeForm.strip(description);
    }

    public String hoursValue() {
        return ProgrammeForm.strip(hours);
    }

    void check(BindingResult result) {
        var name = ProgrammeForm.strip(title);
        if (name.isEmpty()) {
            result.rejectValue("title", "programmes.buildingBlock.title.required");
        } else if (name.length() > 300) {
            result.rejectValue("title", "programmes.tooLong");
        }
        if (!ProgrammeForm.strip(hours).isEmpty()) {
            var value = number(hours);
            if (value == null || value.signum() <= 0 || value.compareTo(new BigDecimal("9999")) > 0) {
                result.rejectValue("hours", "programmes.buildingBlock.hours.invalid");
            }
        }
    }

    BuildingBlockDetails details() {
        return new BuildingBlockDetails(
                ProgrammeForm.strip(title), ProgrammeForm.strip(description), required, number(hours));
    }

    /** German decimal comma or point; one decimal place is kept. */
    private static @Nullable BigDecimal number(@Nullable String value) {
        var text = ProgrammeForm.strip(value).replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text).setScale(1, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
