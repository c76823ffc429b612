package de.mosaik.registration.domain;

/** The closed audience refused a person; {@link #reason} is the audience's own key, which its pages explain. */
public class AudienceRefused extends RuntimeException {

    private final String reason;

    public AudienceRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
