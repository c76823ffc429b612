package de.mosaik.portal.web;

import de.mosaik.shared.web.MultiLine;
import java.util.UUID;

public record FeedbackForm(@MultiLine String message, String page, String name, String email, UUID token) {}
