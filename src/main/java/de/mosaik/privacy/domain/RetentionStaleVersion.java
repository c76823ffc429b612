package de.mosaik.privacy.domain;

/** Someone else saved the tenant's retention periods since the form was loaded. */
public class RetentionStaleVersion extends RuntimeException {

    public RetentionStaleVersion() {
        super("The retention periods were changed by someone else", null, false, false);
    }
}
