package de.mosaik;

import de.mosaik.shared.web.BackOfficeTenant;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The form records the controllers bind, read from Spring MVC's handler mapping, and the
 * parameter names each of their fields is submitted under, so that input tests cover forms added
 * later without being told about them.
 */
public final class FormRecords {

    private FormRecords() {}

    /** One form parameter of one handler method. */
    public record FormParameter(HandlerMethod handler, MethodParameter parameter) {

        public ResolvableType type() {
            return ResolvableType.forMethodParameter(parameter);
        }

        @Override
        public String toString() {
            return handler.getBeanType().getSimpleName() + "."
                    + handler.getMethod().getName() + "("
                    + parameter.getParameterType().getSimpleName() + ")";
        }
    }

    /** A field as submitted: its parameter name, the form field it binds to, its Java type. */
    public record Field(String parameter, String field, ResolvableType type, boolean multiLine) {

        public Class<?> raw() {
            return type.resolve(Object.class);
        }
    }

    public static List<FormParameter> all(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var forms = new ArrayList<FormParameter>();
        mapping.getHandlerMethods().values().stream().distinct().forEach(handler -> {
            for (var parameter : handler.getMethodParameters()) {
                if (isForm(parameter)) {
                    forms.add(new FormParameter(handler, parameter));
                }
            }
        });
        return forms;
    }

    private static boolean isForm(MethodParameter parameter) {
        var type = parameter.getParameterType();
        if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
            return true;
        }
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (!annotation.annotationType().getPackageName().startsWith("org.jspecify")) {
                return false;
            }
        }
        return type.getPackageName().startsWith("de.mosaik")
                && type != BackOfficeTenant.class
                && !BeanUtils.isSimpleProperty(type);
    }

    /** Every field of a form type with the parameter name a browser would submit it under. */
    public static List<Field> fields(Class<?> type) {
        var fields = new ArrayList<Field>();
        collect(type, "", fields, 0);
        return fields;
    }

    private static void collect(Class<?> type, String prefix, List<Field> fields, int depth) {
        if (!type.isRecord() || depth > 3) {
            return;
        }
        for (var component : type.getRecordComponents()) {
            var name = prefix + component.getName();
            var componentType = ResolvableType.forMethodReturnType(component.getAccessor());
            var raw = componentType.resolve(Object.class);
            var multiLine = component.isAnnotationPresent(de.mosaik.shared.web.MultiLine.class);
            if (Map.class.isAssignableFrom(raw)) {
                var value = componentType.asMap().getGeneric(1);
                fields.add(new Field(name + "[probe]", name + "[probe]", value, multiLine));
            } else if (Collection.class.isAssignableFrom(raw)) {
                var element = componentType.asCollection().getGeneric(0);
                var elementClass = element.resolve(Object.class);
                if (elementClass.isRecord()) {
                    collect(elementClass, name + "[0].", fields, depth + 1);
                } else {
                    fields.add(new Field(name, name, componentType, multiLine));
                }
            } else if (raw.isRecord()) {
                collect(raw, name + ".", fields, depth + 1);
            } else {
                fields.add(new Field(name, name, componentType, multiLine));
            }
        }
    }
}
