package de.mosaik.events.web;

import de.mosaik.events.domain.AccountChoice;
import de.mosaik.events.domain.Speaker;
import de.mosaik.events.domain.SpeakerDetails;
import de.mosaik.shared.web.MultiLine;
import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * A speaker: {@code kind} INTERNAL with an {@code account} of the tenant (named so because
 * {@code accountId} is never bound from forms), or EXTERNAL with a name.
 */
public record SpeakerForm(
        String kind,
        String account,
        String name,
        String organisation,
        @MultiLine String bio,
        boolean publishConsent,
        boolean active,
        int version) {

    public static final String INTERNAL = "INTERNAL";
    public static final String EXTERNAL = "EXTERNAL";

    static SpeakerForm empty() {
        return new SpeakerForm(EXTERNAL, "", "", "", "", false, true, 0);
    }

    static SpeakerForm of(Speaker s) {
        var d = s.details();
        return new SpeakerForm(
                s.internal() ? INTERNAL : EXTERNAL,
                d.accountId() == null ? "" : d.accountId().toString(),
                d.name(),
                d.organisation(),
                d.bio(),
                d.publishConsent(),
                s.active(),
                s.version());
    }

    public boolean internal() {
        return INTERNAL.equals(kind);
    }

    SpeakerForm withVersion(int newVersion) {
        return new SpeakerForm(kind, account, name, organisation, bio, publishConsent, active, newVersion);
    }

    void check(List<AccountChoice> accounts, BindingResult result) {
        if (internal()) {
            var chosen = Text.uuid(account);
            if (chosen.isEmpty() || accounts.stream().noneMatch(a -> a.id().equals(chosen.get()))) {
                result.rejectValue("account", "events.speaker.account.required");
            }
        } else {
            var name = Text.strip(this.name);
            if (name.isEmpty()) {
                result.rejectValue("name", "events.speaker.name.required");
            } else if (name.length() > 200) {
                result.rejectValue("name", "events.tooLong");
            }
        }
        if (Text.strip(organisation).length() > 200) {
            result.rejectValue("organisation", "events.tooLong");
        }
        if (Text.strip(bio).length() > 2000) {
            result.rejectValue("bio", "events.tooLong");
        }
    }

    SpeakerDetails details() {
        return new SpeakerDetails(
                internal() ? Text.uuid(account).orElseThrow() : null,
                Text.strip(name),
                Text.strip(organisation),
                Text.strip(bio),
                publishConsent);
    }
}
