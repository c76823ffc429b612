package de.mosaik.events.web;

import de.mosaik.events.domain.ManagedEvent;
import de.mosaik.events.domain.RegistrationSettings;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.MultiLine;
import org.springframework.validation.BindingResult;

/** How people register: seats, window, confirmation and approval, consent text and reminder. */
public record RegistrationSettingsForm(
        boolean unlimited,
        String capacity,
        String opensAt,
        String closesAt,
        boolean approvalRequired,
        boolean confirmationRequired,
        boolean askAccessibilityNeeds,
        @MultiLine String consentText,
        String reminderDays,
        int version) {

    static RegistrationSettingsForm of(ManagedEvent event) {
        var r = event.registration();
        return new RegistrationSettingsForm(
                r.capacity() == null,
                r.capacity() == null ? "" : r.capacity().toString(),
                BerlinTime.dateTimeInput(r.opensAt()),
                BerlinTime.dateTimeInput(r.closesAt()),
                r.approvalRequired(),
                r.confirmationRequired(),
                r.askAccessibilityNeeds(),
                r.consentText(),
                r.reminderDays() == null ? "" : r.reminderDays().toString(),
                event.version());
    }

    RegistrationSettingsForm withVersion(int newVersion) {
        return new RegistrationSettingsForm(
                unlimited,
                capacity,
                opensAt,
                closesAt,
                approvalRequired,
                confirmationRequired,
                askAccessibilityNeeds,
                consentText,
                reminderDays,
                newVersion);
    }

    void check(BindingResult result) {
        if (!unlimited && !Text.strip(capacity).matches("\\d{1,6}")) {
            result.rejectValue("capacity", "events.registration.capacity.invalid");
        }
        if (!Text.strip(opensAt).isEmpty() && BerlinTime.parseDateTime(opensAt).isEmpty()) {
            result.rejectValue("opensAt", "events.registration.dateTime.invalid");
        }
        if (!Text.strip(closesAt).isEmpty()
                && BerlinTime.parseDateTime(closesAt).isEmpty()) {
            result.rejectValue("closesAt", "events.registration.dateTime.invalid");
        } else {
            var opens = BerlinTime.parseDateTime(opensAt);
            var closes = BerlinTime.parseDateTime(closesAt);
            if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
                result.rejectValue("closesAt", "events.registration.closesAt.beforeOpens");
            }
        }
        if (Text.strip(consentText).isEmpty()) {
            result.rejectValue("consentText", "events.registration.consentText.required");
        }
        var days = Text.strip(reminderDays);
        if (!days.isEmpty() && !(days.matches("\\d{1,2}") && Integer.parseInt(days) <= 60)) {
            result.rejectValue("reminderDays", "events.registration.reminderDays.invalid");
        }
    }

    RegistrationSettings settings() {
        var days = Text.strip(reminderDays);
        return new RegistrationSettings(
                unlimited ? null : Integer.valueOf(Text.strip(capacity)),
                BerlinTime.parseDateTime(opensAt).orElse(null),
                BerlinTime.parseDateTime(closesAt).orElse(null),
                approvalRequired,
                confirmationRequired,
                askAccessibilityNeeds,
                Text.strip(consentText),
                days.isEmpty() ? null : Integer.valueOf(days));
    }
}
