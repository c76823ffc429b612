package de.mosaik.networks.web;

import de.mosaik.shared.web.OversizedUploadFilter;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A meeting document upload over the container's limit goes back to the documents page, which says that
 * the file is too large (the shared {@link OversizedUploadFilter}, as for the portal's image library).
 */
@Configuration(proxyBeanMethods = false)
class OversizedDocumentFilter {

    static final String PARAMETER = OversizedUploadFilter.PARAMETER;
    static final String TOO_LARGE = OversizedUploadFilter.TOO_LARGE;

    private static final Pattern UPLOAD = Pattern.compile("/netzwerke/[a-z0-9-]+/treffen/[0-9a-f-]{36}/dokumente");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> oversizedDocumentUploads() {
        return OversizedUploadFilter.register("/netzwerke/*", UPLOAD);
    }
}
