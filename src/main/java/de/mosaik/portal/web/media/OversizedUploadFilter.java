package de.mosaik.portal.web.media;

import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An image upload over the container's limit goes back to the library, which says that the file is too
 * large (the shared {@link de.mosaik.shared.web.OversizedUploadFilter}).
 */
@Configuration(proxyBeanMethods = false)
class OversizedUploadFilter {

    /** The query the library page reads: {@code datei=zu-gross} says that the last upload was too large. */
    static final String PARAMETER = de.mosaik.shared.web.OversizedUploadFilter.PARAMETER;

    static final String TOO_LARGE = de.mosaik.shared.web.OversizedUploadFilter.TOO_LARGE;

    private static final Pattern UPLOAD = Pattern.compile("/verwaltung/[a-z0-9-]+" + ImageRoutes.LIBRARY);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedImageUploads() {
        return de.mosaik.shared.web.OversizedUploadFilter.register("/verwaltung/*", UPLOAD);
    }
}
