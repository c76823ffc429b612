package de.mosaik.practice.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one node, asks the authors of published examples last confirmed (or published) more than a
 * year ago whether they are still current. Each example is asked once per year it stays unconfirmed.
 */
@Component
public class ConfirmationReminder {

    private static final int BATCH = 200;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ExampleRepository examples;
    private final PracticeMails mails;
    private final TransactionTemplate transactions;

    ConfirmationReminder(ExampleRepository examples, PracticeMails mails, TransactionTemplate transactions) {
        this.examples = examples;
        this.mails = mails;
        this.transactions = transactions;
    }

    @SchedulerLock(name = "practice-confirmation-reminder")
    @Scheduled(cron = "${mosaik.practice.confirmation-cron:0 15 6 * * *}", zone = "Europe/Berlin")
    void daily() {
        remind(LocalDate.now(Clock.system(BERLIN)));
    }

    /** Mails every example due on {@code today}; returns how many were asked. */
    public int remind(LocalDate today) {
        var asked = 0;
        for (var example : examples.dueForConfirmation(today, BATCH)) {
            var since = example.currentSince();
            if (since == null) {
                continue;
            }
            var sent = transactions.execute(status -> {
                examples.markConfirmationRequested(example.id(), today);
                return mails.askToConfirm(example, since);
            });
            if (Boolean.TRUE.equals(sent)) {
                asked++;
            }
        }
        return asked;
    }
}
