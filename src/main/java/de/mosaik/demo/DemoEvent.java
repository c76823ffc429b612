package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.events.QuestionKind;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event of a demo programme, written as data. Dates are days relative to the first start, so
 * the programme never goes stale; who registered is given as counts per registration status.
 */
final class DemoEvent {

    /** A registration question; {@code options} only for choices. */
    record DemoQuestion(QuestionKind kind, String label, List<String> options, boolean required) {

        static DemoQuestion choice(String label, String... options) {
            return new DemoQuestion(QuestionKind.CHOICE, label, List.of(options), true);
        }

        static DemoQuestion yesNo(String label) {
            return new DemoQuestion(QuestionKind.YES_NO, label, List.of(), false);
        }

        static DemoQuestion text(String label) {
            return new DemoQuestion(QuestionKind.TEXT, label, List.of(), false);
        }
    }

    /** How many registrations of each kind the event has. */
    record Crowd(
            int confirmed, int pendingConfirmation, int pendingApproval, int waitlisted, int cancelled, int declined) {

        int holdingSeats() {
            return confirmed + pendingConfirmation + pendingApproval;
        }

        int total() {
            return holdingSeats() + waitlisted + cancelled + declined;
        }
    }

    final String format;
    final String title;
    String summary = "";
    String description = "";
    List<String> topics = List.of();
    List<String> targetGroups = List.of();
    int day;
    LocalTime from = LocalTime.of(9, 0);
    LocalTime to = LocalTime.of(16, 0);
    int sessions = 1;
    int everyDays = 7;

    @Nullable
    String venue;

    boolean online;

    @Nullable
    Integer capacity;

    @Nullable
    EventStatus status;

    @Nullable
    String cancellationMessage;

    boolean approvalRequired;
    boolean confirmationRequired;
    List<String> languages = List.of("de");
    List<String> speakers = List.of();
    List<DemoQuestion> questions = List.of();
    Crowd crowd = new Crowd(0, 0, 0, 0, 0, 0);

    private DemoEvent(String format, String title) {
        this.format = format;
        this.title = title;
    }

    static DemoEvent of(String formatCode, String title) {
        return new DemoEvent(formatCode, title);
    }

    DemoEvent summary(String text) {
        this.summary = text;
        return this;
    }

    /** Markdown, as staff would write it. */
    DemoEvent description(String markdown) {
        this.description = markdown.strip();
        return this;
    }

    DemoEvent topics(String... codes) {
        this.topics = List.of(codes);
        return this;
    }

    DemoEvent targetGroups(String... codes) {
        this.targetGroups = List.of(codes);
        return this;
    }

    /** Days from today (negative: in the past), moved to the next weekday; local Berlin times. */
    DemoEvent on(int day, String from, String to) {
        this.day = day;
        this.from = LocalTime.parse(from);
        this.to = LocalTime.parse(to);
        return this;
    }

    DemoEvent sessions(int count, int everyDays) {
        this.sessions = count;
        this.everyDays = everyDays;
        return this;
    }

    DemoEvent at(String venueKey) {
        this.venue = venueKey;
        return this;
    }

    DemoEvent online() {
        this.online = true;
        return this;
    }

    DemoEvent capacity(@Nullable Integer seats) {
        this.capacity = seats;
        return this;
    }

    DemoEvent unlimited() {
        this.capacity = null;
        return this;
    }

    DemoEvent draft() {
        this.status = EventStatus.DRAFT;
        return this;
    }

    DemoEvent cancelled(String message) {
        this.status = EventStatus.CANCELLED;
        this.cancellationMessage = message;
        return this;
    }

    DemoEvent approval() {
        this.approvalRequired = true;
        return this;
    }

    DemoEvent confirmation() {
        this.confirmationRequired = true;
        return this;
    }

    DemoEvent languages(String... codes) {
        this.languages = List.of(codes);
        return this;
    }

    DemoEvent speakers(String... keys) {
        this.speakers = List.of(keys);
        return this;
    }

    DemoEvent questions(DemoQuestion... asked) {
        this.questions = List.of(asked);
        return this;
    }

    /** Confirmed participants and a few who cancelled. */
    DemoEvent attended(int confirmed, int cancelled) {
        this.crowd = new Crowd(confirmed, 0, 0, 0, cancelled, 0);
        return this;
    }

    DemoEvent crowd(
            int confirmed, int pendingConfirmation, int pendingApproval, int waitlisted, int cancelled, int declined) {
        this.crowd = new Crowd(confirmed, pendingConfirmation, pendingApproval, waitlisted, cancelled, declined);
        return this;
    }

    boolean past() {
        return day < 0;
    }
}
