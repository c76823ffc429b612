package de.mosaik.shared.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * The rules every submitted form goes through before a controller sees it, in one binder:
 *
 * <ul>
 *   <li>a line break in a single-line text field (everything not marked {@link MultiLine}) is
 *       refused with the field error {@value #LINE_BREAK}, and the value does not reach the form
 *       record, so a controller that overlooks the error still cannot mail or store it;
 *   <li>a single-line {@code @RequestParam} of a POST with a line break is a bad request (400);
 *   <li>a row index that is no number, negative or above {@link FormFields#MAX_INDEX} is a bad
 *       request instead of a list grown to it or an index error.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FormBinding {

    /** The message key (and error code) of a refused line break, in the shared bundle. */
    static final String LINE_BREAK = "shared.form.lineBreak";

    @Bean
    WebMvcRegistrations formBinderRegistration() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(
                            List<InvocableHandlerMethod> binderMethods) {
                        return new FormBinderFactory(binderMethods, getWebBindingInitializer());
                    }
                };
            }
        };
    }

    static final class FormBinderFactory extends ServletRequestDataBinderFactory {

        FormBinderFactory(List<InvocableHandlerMethod> binderMethods, @Nullable WebBindingInitializer initializer) {
            super(binderMethods, initializer);
        }

        @Override
        protected ServletRequestDataBinder createBinderInstance(
                @Nullable Object target, String objectName, NativeWebRequest request) {
            // Query parameters of a GET only filter or navigate; nothing of them is stored or mailed.
            var servlet = request.getNativeRequest(jakarta.servlet.http.HttpServletRequest.class);
            boolean changes = servlet == null || !"GET".equalsIgnoreCase(servlet.getMethod());
            return new FormBinder(target, objectName, changes);
        }
    }

    static final class LateTargetBindingResult extends AbstractPropertyBindingResult {

        private final DataBinder binder;
        private @Nullable BeanWrapper accessor;

        LateTargetBindingResult(DataBinder binder) {
            super(binder.getObjectName());
            this.binder = binder;
        }

        @Override
        public @Nullable Object getTarget() {
            return binder.getTarget();
        }

        @Override
        public ConfigurablePropertyAccessor getPropertyAccessor() {
            if (accessor == null) {
                var target = getTarget();
                if (target == null) {
                    throw new IllegalStateException("Cannot access properties of form " + getObjectName());
                }
                accessor = PropertyAccessorFactory.forBeanPropertyAccess(target);
                accessor.setExtractOldValueForEditor(true);
                accessor.setAutoGrowNestedPaths(binder.isAutoGrowNestedPaths());
                accessor.setAutoGrowCollectionLimit(binder.getAutoGrowCollectionLimit());
                if (binder.getConversionService() != null) {
                    accessor.setConversionService(binder.getConversionService());
                }
            }
            return accessor;
        }
    }

    static final class FormBinder extends ExtendedServletRequestDataBinder {

        private final boolean refuseLineBreaksInParameters;

        FormBinder(@Nullable Object target, String objectName, boolean refuseLineBreaksInParameters) {
            super(target, objectName);
            this.refuseLineBreaksInParameters = refuseLineBreaksInParameters;
        }

        @Override
        public void construct(DataBinder.ValueResolver resolver) {
            var type = getTargetType();
            if (type == null) {
                super.construct(resolver);
                return;
            }
            var refused = refused(type, resolver.getNames(), name -> resolver.resolveValue(name, String.class));
            super.construct(new DataBinder.ValueResolver() {
                @Override
                public @Nullable Object resolveValue(String name, Class<?> valueType) {
                    return refused.containsKey(name) || refused.containsKey("!" + name)
                            ? null
                            : resolver.resolveValue(name, valueType);
                }

                @Override
                public Set<String> getNames() {
                    var names = new LinkedHashSet<>(resolver.getNames());
                    names.removeAll(refused.keySet());
                    return names;
                }
            });
            if (getTarget() == null && !type.toClass().equals(java.util.Optional.class)) {
                // The form record refused the values in its constructor: nothing a controller could show again.
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "Form " + getObjectName() + " not constructed");
            }
            reject(refused);
        }

        /**
         * A binding result that finds the form record once constructor binding has made it. Spring
         * creates the result at the first conversion error, while the record does not exist yet, and
         * keeps it: a controller adding its own error to it afterwards would fail with a server error.
         */
        @Override
        protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
            return new LateTargetBindingResult(this);
        }

        @Override
        protected void doBind(MutablePropertyValues values) {
            var target = getTarget();
            var type = target != null ? ResolvableType.forInstance(target) : getTargetType();
            if (type != null) {
                var names = new LinkedHashSet<String>();
                for (var value : values.getPropertyValues()) {
                    names.add(value.getName());
                }
                var refused = refused(type, names, name -> {
                    var value = values.getPropertyValue(name);
                    return value == null ? null : value.getValue();
                });
                refused.keySet().forEach(values::removePropertyValue);
                reject(refused);
            }
            super.doBind(values);
        }

        /** A {@code @RequestParam} or path variable: refused as a whole, there is no form to show the error in. */
        @Override
        public <T> @Nullable T convertIfNecessary(
                @Nullable Object value, @Nullable Class<T> requiredType, @Nullable MethodParameter parameter)
                throws TypeMismatchException {
            if (refuseLineBreaksInParameters
                    && getTargetType() == null
                    && getTarget() == null
                    && parameter != null
                    && FormFields.hasLineBreak(value)
                    && !parameter.hasParameterAnnotation(MultiLine.class)
                    && FormFields.isText(ResolvableType.forMethodParameter(parameter))) {
                throw new TypeMismatchException(
                        value, requiredType, new IllegalArgumentException("Line break in a single-line parameter"));
            }
            return super.convertIfNecessary(value, requiredType, parameter);
        }

        private static Map<String, Object> refused(
                ResolvableType type, Set<String> names, Function<String, @Nullable Object> values) {
            var refused = new LinkedHashMap<String, Object>();
            for (var name : names) {
                if (name.startsWith("_")) {
                    continue;
                }
                switch (FormFields.kind(type, name)) {
                    case BAD_INDEX ->
                        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unusable row index in " + name);
                    case SINGLE_LINE_TEXT -> {
                        var value = values.apply(name);
                        if (FormFields.hasLineBreak(value)) {
                            refused.put(name, value);
                        }
                    }
                    default -> {}
                }
            }
            return refused;
        }

        private void reject(Map<String, Object> refused) {
            var result = getBindingResult();
            refused.forEach((name, value) -> {
                var field = name.startsWith("!") ? name.substring(1) : name;
                if (result.hasFieldErrors(field)) {
                    return;
                }
                result.addError(new FieldError(
                        getObjectName(),
                        field,
                        value,
                        true,
                        new String[] {LINE_BREAK},
                        null,
                        "must not contain a line break"));
            });
        }
    }
}
