package de.mosaik.identity.web;

import de.mosaik.identity.Role;
import de.mosaik.identity.domain.Account;
import de.mosaik.identity.domain.AccountDirectory;
import de.mosaik.identity.domain.AccountService;
import de.mosaik.identity.domain.MosaikPrincipal;
import de.mosaik.identity.domain.TenantService;
import de.mosaik.shared.web.BackOfficePage;
import de.mosaik.shared.web.BackOfficeTenant;
import de.mosaik.shared.web.WorkItem;
import de.mosaik.shared.web.WorkQueue;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's start page in the back office: what needs doing, then facts about the tenant and its accounts. */
@Controller
@BackOfficePage
class DashboardController {

    private final TenantService tenants;
    private final AccountService accounts;
    private final List<WorkQueue> work;

    DashboardController(TenantService tenants, AccountService accounts, List<WorkQueue> work) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.work = work;
    }

    @GetMapping(IdentityRoutes.DASHBOARD)
    String dashboard(@AuthenticationPrincipal MosaikPrincipal user, BackOfficeTenant tenant, Model model) {
        if (!user.tenantStaff()) {
            return "redirect:" + tenant.path(AccountDirectory.TRAINER_START);
        }
        var members = accounts.ofTenant(tenant.id());
        var byRole = new EnumMap<Role, Integer>(Role.class);
        for (var role : Role.tenantRoles()) {
            byRole.put(role, 0);
        }
        int pending = 0;
        int deactivated = 0;
        for (Account account : members) {
            if (!account.active()) {
                deactivated++;
            } else if (account.invitationPending()) {
                pending++;
            } else {
                byRole.merge(account.role(), 1, Integer::sum);
            }
        }
        model.addAttribute("work", openWork(user, tenant));
        model.addAttribute("tenant", tenants.byId(tenant.id()).orElseThrow());
        model.addAttribute("figures", new AccountFigures(byRole, pending, deactivated));
        model.addAttribute(
                "me",
                members.stream()
                        .filter(a -> a.id().equals(user.accountId()))
                        .findFirst()
                        .orElseThrow());
        return "identity/dashboard";
    }

    private List<WorkItem> openWork(MosaikPrincipal user, BackOfficeTenant tenant) {
        return work.stream()
                .flatMap(queue -> queue.open(user, tenant).stream())
                .filter(item -> item.count() > 0)
                .sorted(Comparator.comparingInt(WorkItem::order))
                .toList();
    }
}
