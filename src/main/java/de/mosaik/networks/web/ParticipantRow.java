package de.mosaik.networks.web;

import de.mosaik.networks.domain.MeetingRegistration;

/** One participant of a meeting with the name of the member body they come for. */
public record ParticipantRow(MeetingRegistration registration, String body) {}
