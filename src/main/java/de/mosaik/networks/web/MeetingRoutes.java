package de.mosaik.networks.web;

/** Paths of a network's meetings inside its members' area. */
final class MeetingRoutes {

    static final String LIST = NetworkRoutes.NETWORK + "/treffen";
    static final String NEW = LIST + "/neu";
    static final String MEETING = LIST + "/{meetingId}";
    static final String EDIT = MEETING + "/bearbeiten";
    static final String PROGRAMME = MEETING + "/programm";
    static final String SESSION = PROGRAMME + "/sitzungen/{sessionId}";
    static final String SESSION_REMOVE = SESSION + "/loeschen";
    static final String ITEMS = PROGRAMME + "/punkte";
    static final String ITEM = ITEMS + "/{itemId}";
    static final String ITEM_REMOVE = ITEM + "/loeschen";
    static final String REGISTRATION = MEETING + "/anmeldung";
    static final String MINUTES = MEETING + "/protokoll";
    static final String MINUTES_PUBLISH = MINUTES + "/veroeffentlichen";

    private MeetingRoutes() {}

    static String meeting(NetworkArea area, Object meetingId) {
        return area.path("/treffen/" + meetingId);
    }
}
