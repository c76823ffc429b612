package de.mosaik.mail.web;

import de.mosaik.mail.domain.OutboxService;
import de.mosaik.shared.DemoMode;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.CreatesOrSends;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Postausgang: every mail the platform sent or will send, for administrators. Tenant
 * administrators see their tenant's mails; platform administrators see all.
 */
@Controller
@BackOfficePage
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final OutboxService outbox;
    private final MessageSource messages;
    private final DemoMode demo;

    OutboxController(OutboxService outbox, MessageSource messages, DemoMode demo) {
        this.outbox = outbox;
        this.messages = messages;
        this.demo = demo;
    }

    @GetMapping("/verwaltung/{slug}/postausgang")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String tenantOutbox(
            BackOfficeTenant tenant, @RequestParam(name = "seite", defaultValue = "1") int page, Model model) {
        return list(tenant.id(), tenant.path("/postausgang"), page, model);
    }

    @GetMapping("/verwaltung/{slug}/postausgang/{id}")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String tenantMail(BackOfficeTenant tenant, @PathVariable UUID id, Locale locale, Model model) {
        return show(id, tenant.id(), tenant.path("/postausgang"), locale, model);
    }

    @CreatesOrSends
    @PostMapping("/verwaltung/{slug}/postausgang/{id}/erneut")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String tenantRetry(BackOfficeTenant tenant, @PathVariable UUID id, RedirectAttributes redirect) {
        return retry(id, tenant.id(), tenant.path("/postausgang"), redirect);
    }

    @GetMapping("/plattform/postausgang")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String platformOutbox(@RequestParam(name = "seite", defaultValue = "1") int page, Model model) {
        return list(null, "/plattform/postausgang", page, model);
    }

    @GetMapping("/plattform/postausgang/{id}")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String platformMail(@PathVariable UUID id, Locale locale, Model model) {
        return show(id, null, "/plattform/postausgang", locale, model);
    }

    @CreatesOrSends
    @PostMapping("/plattform/postausgang/{id}/erneut")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String platformRetry(@PathVariable UUID id, RedirectAttributes redirect) {
        return retry(id, null, "/plattform/postausgang", redirect);
    }

    private String list(@Nullable UUID tenantId, String base, int page, Model model) {
        int current = Math.max(1, page);
        var mails = outbox.newest(tenantId, (current - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("mails", mails.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("base", base);
        model.addAttribute("pageNumber", current);
        model.addAttribute("hasNext", mails.size() > PAGE_SIZE);
        return "mail/outbox";
    }

    private String show(UUID id, @Nullable UUID tenantId, String base, Locale locale, Model model) {
        var mail = outbox.find(id, tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        model.addAttribute(
                "body",
                mail.bodyForAdministrators(
                        messages.getMessage("mail.outbox.linkHidden", null, locale), demo.enabled()));
        model.addAttribute("base", base);
        return "mail/mail";
    }

    private String retry(UUID id, @Nullable UUID tenantId, String base, RedirectAttributes redirect) {
        outbox.find(id, tenantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute(
                "notice", outbox.retry(id, tenantId) ? "mail.outbox.retried" : "mail.outbox.notRetried");
        return "redirect:" + base + "/" + id;
    }
}
