package de.mosaik.portal.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.identity.Tenants;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the editors of a page whose "still current?" date has come to check it: once per date, by mail
 * through the outbox, to the staff who last changed the page and still have an account, otherwise to the
 * tenant's address. Pages due are also counted on the staff start page.
 */
@Component
public class PageReviewReminder {

    /** The last editors who changed a page know it best; older ones may have moved on. */
    static final int EDITORS = 3;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Accounts accounts;
    private final Tenants tenants;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    PageReviewReminder(
            JdbcClient jdbc,
            Mailer mailer,
            Accounts accounts,
            Tenants tenants,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.tenants = tenants;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @SchedulerLock(name = "portal-remind-page-reviews")
    @Scheduled(cron = "0 30 6 * * *", zone = BerlinTime.ZONE_NAME)
    public void nightly() {
        remindDue(LocalDate.now(BerlinTime.ZONE));
    }

    /** Reminds of every page due on {@code today} not yet reminded for its date; returns how many pages. */
    @Transactional
    public int remindDue(LocalDate today) {
        var due = jdbc.sql("""
                        select id, tenant_id, title, review_on from portal.page
                        where review_on <= ? and reminded_for is distinct from review_on
                        order by tenant_id, review_on
                        for update skip locked
                        """)
                .param(today)
                .query((rs, row) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("review_on", LocalDate.class)))
                .list();
        for (var page : due) {
            for (var to : recipients(page)) {
                mailer.send(new Mail(page.tenantId(), to, subject(page), body(page))
                        .once("portal.page/" + page.id() + "/review/" + page.reviewOn() + "/" + to));
            }
            jdbc.sql("update portal.page set reminded_for = review_on where id = ?")
                    .param(page.id())
                    .update();
        }
        return due.size();
    }

    private LinkedHashSet<String> recipients(Due page) {
        var editors = jdbc.sql("""
                        select account_id from portal.page_revision where page_id = ? and account_id is not null
                        group by account_id order by max(version) desc limit ?
                        """).params(page.id(), EDITORS).query(UUID.class).list();
        var active = accounts.active(page.tenantId()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::email));
        var result = new LinkedHashSet<String>();
        editors.stream().map(active::get).filter(e -> e != null && !e.isBlank()).forEach(result::add);
        if (result.isEmpty()) {
            tenants.byId(page.tenantId())
                    .map(t -> t.email())
                    .filter(e -> !e.isBlank())
                    .ifPresent(result::add);
        }
        return result;
    }

    private String subject(Due page) {
        return messages.getMessage("portal.review.mail.subject", new Object[] {page.title()}, Locale.GERMAN)
                .replaceAll("[\r\n]", " ");
    }

    private String body(Due page) {
        var slug = tenants.byId(page.tenantId()).map(t -> t.slug()).orElse("");
        var link = baseUrl.link("/verwaltung/" + slug + "/inhalte/seiten/" + page.id());
        return messages.getMessage(
                "portal.review.mail.body",
                new Object[] {page.title(), BerlinTime.date(BerlinTime.startOf(page.reviewOn()), Locale.GERMAN), link},
                Locale.GERMAN);
    }

    private record Due(UUID id, UUID tenantId, String title, LocalDate reviewOn) {}
}
