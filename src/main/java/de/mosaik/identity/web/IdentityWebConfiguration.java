package de.mosaik.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final TenantAccess tenantAccess;
    private final RememberedLanguage rememberedLanguage;

    IdentityWebConfiguration(TenantAccess tenantAccess, RememberedLanguage rememberedLanguage) {
        this.tenantAccess = tenantAccess;
        this.rememberedLanguage = rememberedLanguage;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tenantAccess).addPathPatterns("/verwaltung/*", "/verwaltung/*/**");
        // The API sets nothing: its lang names the language of one answer only.
        registry.addInterceptor(rememberedLanguage).excludePathPatterns("/api/**");
    }
}
