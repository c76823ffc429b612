package de.mosaik.identity.web;

public record ForgotForm(String email) {}
