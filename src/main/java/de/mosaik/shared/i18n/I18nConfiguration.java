package de.mosaik.shared.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    private final UiLanguageResolver languages = new UiLanguageResolver();

    /** Every module keeps its texts in {@code i18n/<module>/messages*.properties}; all are found here. */
    @Bean
    MessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static String[] moduleBundles() {
        try {
            var resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties");
            return Arrays.stream(resources)
                    .map(I18nConfiguration::bundleName)
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code …/i18n/portal/messages.properties} → {@code i18n/portal/messages}. */
    private static String bundleName(Resource resource) {
        try {
            var url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("i18n/"), url.length() - ".properties".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    UiLanguageResolver localeResolver() {
        return languages;
    }

    /**
     * A language chosen by {@code ?lang=} is kept in the cookie for the following pages. Not in the API: it
     * sets no cookies, and its {@code lang} names the language of one answer only.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        var parameter = request.getParameter(UiLanguageResolver.PARAMETER);
                        if (parameter != null) {
                            UiLanguage.fromCode(parameter)
                                    .ifPresent(l -> languages.setLocale(request, response, l.locale()));
                        }
                        return true;
                    }
                })
                .excludePathPatterns("/api/**");
    }
}
