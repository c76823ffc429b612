package de.mosaik.shared.db;

import de.mosaik.shared.DemoMode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

    /** Demo data belongs to a throw-away embedded database unless switched explicitly. */
    @Bean
    DemoMode demoMode(DatabaseProperties database, @Value("${mosaik.demo.enabled:#{null}}") @Nullable Boolean enabled) {
        return new DemoMode(enabled != null ? enabled : !database.external());
    }
}
