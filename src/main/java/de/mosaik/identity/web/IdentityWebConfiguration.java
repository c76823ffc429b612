package de.mosaik.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final TenantAccess tenantAccess;

    IdentityWebConfiguration(TenantAccess tenantAccess) {
        this.tenantAccess = tenantAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tenantAccess).addPathPatterns("/verwaltung/*", "/verwaltung/*/**");
    }
}
