package de.mosaik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The single-line rule of {@link FormBinding} for JSON bodies: a record read from a request body
 * may carry a line break only in a component marked {@link MultiLine}. Anything else is refused
 * as a whole with a 422 problem document that names each field, before a controller sees it.
 */
@RestControllerAdvice
class JsonBodyRules extends RequestBodyAdviceAdapter {

    static final String PROBLEM_TYPE = "/api/v1/problems/invalid-request";

    private final MessageSource messages;

    JsonBodyRules(MessageSource messages) {
        this.messages = messages;
    }

    /** Thrown when fields of a body that must be single-line contain a line break; names them as JSON paths. */
    static final class LineBreakInBody extends RuntimeException {
        private final List<String> fields;

        LineBreakInBody(List<String> fields) {
            super("Line break in single-line fields " + fields);
            this.fields = List.copyOf(fields);
        }

        List<String> fields() {
            return fields;
        }
    }

    /** One refused field of a body. */
    record FieldProblem(String field, String message) {}

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        var fields = new ArrayList<String>();
        collect(body, "", parameter.hasParameterAnnotation(MultiLine.class), fields);
        if (!fields.isEmpty()) {
            throw new LineBreakInBody(fields);
        }
        return body;
    }

    /** The JSON paths of single-line texts in {@code value} that contain a line break. */
    static void collect(@Nullable Object value, String path, boolean multiLine, List<String> refused) {
        if (value instanceof String text) {
            if (!multiLine && FormFields.hasLineBreak(text)) {
                refused.add(path);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, each) -> collect(each, join(path, String.valueOf(key)), multiLine, refused));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", multiLine, refused);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                var accessor = component.getAccessor();
                ReflectionUtils.makeAccessible(accessor);
                collect(
                        ReflectionUtils.invokeMethod(accessor, value),
                        join(path, component.getName()),
                        component.isAnnotationPresent(MultiLine.class),
                        refused);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    @ExceptionHandler(LineBreakInBody.class)
    ResponseEntity<ProblemDetail> refused(LineBreakInBody refused, HttpServletRequest request) {
        var locale = ApiLanguage.of(request);
        var message = messages.getMessage(FormBinding.LINE_BREAK, null, locale);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
        problem.setType(URI.create(PROBLEM_TYPE));
        problem.setTitle(messages.getMessage("shared.error.bad-request.title", null, locale));
        problem.setProperty(
                "errors",
                refused.fields().stream()
                        .map(field -> new FieldProblem(field, message))
                        .toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
