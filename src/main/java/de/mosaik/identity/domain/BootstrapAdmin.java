package de.mosaik.identity.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first platform administrator comes from {@code MOSAIK_BOOTSTRAP_ADMIN_EMAIL}
 * and {@code MOSAIK_BOOTSTRAP_ADMIN_PASSWORD}; the password must be changed at first login.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    BootstrapAdmin(
            AccountService accounts,
            @Value("${mosaik.bootstrap-admin.email:}") String email,
            @Value("${mosaik.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        if (accounts.bootstrapPlatformAdmin(email, password)) {
            log.info("Platform administrator {} created; the password must be changed at first login.", email);
        }
    }
}
