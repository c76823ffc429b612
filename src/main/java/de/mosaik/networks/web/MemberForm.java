package de.mosaik.networks.web;

import org.jspecify.annotations.Nullable;

/** The coordination's fields of one member body: the day it left and its quota per meeting. */
public record MemberForm(@Nullable String leftOn, @Nullable String meetingQuota, int version) {}
