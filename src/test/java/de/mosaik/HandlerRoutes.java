package de.mosaik;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the controllers declare, read from Spring MVC's handler mapping, so that security
 * tests cover routes added later without being told about them.
 */
public final class HandlerRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private HandlerRoutes() {}

    /** One method on one path pattern, e.g. {@code POST /verwaltung/{slug}/konten/{id}}. */
    public record Route(RequestMethod method, String pattern) {

        public boolean hasVariablesBesides(String variable) {
            var matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                if (!matcher.group(1).equals(variable)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The path with every variable filled: {@code values} by variable name, {@code ids} by the
         * path segment before an {@code {id}} (e.g. {@code konten} → an account id).
         */
        public String path(Map<String, String> values, Map<String, String> ids) {
            var segments = pattern.split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                var matcher = VARIABLE.matcher(segments[i]);
                if (!matcher.matches()) {
                    continue;
                }
                var name = matcher.group(1);
                // An id is named by the segment before it, or by the two before it where one word is used twice
                // ("orte" for event venues, "inhalte/orte" for the portal's places).
                var value = name.equals("id") && i > 0
                        ? (i > 1 && ids.containsKey(segments[i - 2] + "/" + segments[i - 1])
                                ? ids.get(segments[i - 2] + "/" + segments[i - 1])
                                : ids.get(segments[i - 1]))
                        : values.get(name);
                if (value == null) {
                    throw new AssertionError("No sample value for {" + name + "} in " + this
                            + ": add a real one to the test so that this route is covered");
                }
                segments[i] = value;
            }
            return String.join("/", segments);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    public static List<Route> all(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var routes = new ArrayList<Route>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            var patterns = info.getPathPatternsCondition() == null
                    ? Set.<String>of()
                    : info.getPathPatternsCondition().getPatternValues();
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET, RequestMethod.POST)
                    : info.getMethodsCondition().getMethods();
            for (var pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (var method : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(new Route(method, pattern));
                    }
                }
            }
        });
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    public static List<Route> matching(ApplicationContext context, Predicate<Route> filter) {
        return all(context).stream().filter(filter).toList();
    }
}
