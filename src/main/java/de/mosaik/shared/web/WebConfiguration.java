package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BackOfficeMarker());
        registry.addInterceptor(new TokenPages());
        registry.addInterceptor(new PublicContentMarker());
    }

    /** Remembers that the handler serves public content, which {@link PublicCaching} may let caches keep. */
    static final class PublicContentMarker implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method
                    && (method.hasMethodAnnotation(PublicContent.class)
                            || method.getBeanType().isAnnotationPresent(PublicContent.class))) {
                request.setAttribute(PublicCaching.ATTRIBUTE, true);
            }
            return true;
        }
    }

    /**
     * Pages whose address carries a secret ({@code {token}} or {@code {code}} in the route: personal
     * links, magic links, password reset, invitations, feedback links, check-in) tell the browser
     * to send no referrer, so that a link on such a page never hands the secret to another site.
     * Decided by the route pattern, so a token page added later is covered without being listed.
     */
    static final class TokenPages implements HandlerInterceptor {

        static boolean carriesSecret(String pattern) {
            return pattern.contains("{token}") || pattern.contains("{code}");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                    && carriesSecret(pattern)) {
                response.setHeader("Referrer-Policy", "no-referrer");
            }
            return true;
        }
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new BackOfficeTenantResolver());
    }

    /** Remembers whether the handler renders a back-office page, before the page context is built. */
    static final class BackOfficeMarker implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (handler instanceof HandlerMethod method
                    && method.getBeanType().isAnnotationPresent(BackOfficePage.class)) {
                request.setAttribute(PageContextFactory.BACK_OFFICE_ATTRIBUTE, true);
            }
            return true;
        }
    }

    static final class BackOfficeTenantResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == BackOfficeTenant.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer container,
                NativeWebRequest request,
                @Nullable WebDataBinderFactory binderFactory) {
            var tenant = request.getAttribute(BackOfficeTenant.REQUEST_ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
            if (tenant == null) {
                throw new IllegalStateException("No back-office tenant resolved for this request");
            }
            return tenant;
        }
    }
}
