package de.mosaik.certificates.web;

/** The number typed into the verification form, and whether it cannot be a certificate number. */
public record VerificationForm(String number, boolean malformed) {}
