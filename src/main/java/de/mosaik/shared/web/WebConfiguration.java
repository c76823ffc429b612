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
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BackOfficeMarker());
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
