package de.mosaik.certificates.web;

import de.mosaik.certificates.domain.Certificate;
import de.mosaik.shared.web.FormErrors;
import de.mosaik.shared.web.MultiLine;

/** The page that asks for the reason before a certificate is revoked. */
public record RevokeView(Certificate certificate, String reason, FormErrors errors) {

    /** What the form binds, for the error messages. */
    public record Form(@MultiLine String reason) {}
}
