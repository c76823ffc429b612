package de.mosaik.networks.domain;

import java.util.UUID;

/** A recommendation the meeting adopted, as the minutes link it. */
public record AdoptedRecommendation(UUID id, int number, String title, String status) {

    public String statusKey() {
        return "networks.meeting.recommendation.status." + status;
    }
}
