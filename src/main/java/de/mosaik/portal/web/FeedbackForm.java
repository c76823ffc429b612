package de.mosaik.portal.web;

import java.util.UUID;

public record FeedbackForm(String message, String page, String name, String email, UUID token) {}
