package de.mosaik;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A form as a browser would send it: read from a rendered page with the values it shows (hidden
 * fields, ticked boxes, chosen options), then filled in by the test like a person types.
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields;

    private HtmlForm(String action, List<Map.Entry<String, String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The POST form of {@code html} whose action is {@code action}. */
    public static HtmlForm of(String html, String action) {
        var form = Jsoup.parse(html).select("form[method=post]").stream()
                .filter(f -> f.attr("action").equals(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No POST form to " + action + " on the page"));
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (var field : form.select("input[name], select[name], textarea[name]")) {
            value(field).ifPresent(value -> fields.add(Map.entry(field.attr("name"), value)));
        }
        return new HtmlForm(action, fields);
    }

    /** Every POST form of a page, by action. */
    public static Map<String, Element> postForms(String html) {
        var forms = new LinkedHashMap<String, Element>();
        Jsoup.parse(html).select("form[method=post]").forEach(f -> forms.put(f.attr("action"), f));
        return forms;
    }

    private static Optional<String> value(Element field) {
        return switch (field.tagName()) {
            case "textarea" -> Optional.of(field.wholeText());
            case "select" -> {
                var chosen = field.selectFirst("option[selected]");
                if (chosen == null) {
                    // A person picks a real choice; the first with a value stands in for it.
                    chosen = field.select("option").stream()
                            .filter(o -> !o.attr("value").isEmpty())
                            .findFirst()
                            .orElse(null);
                }
                yield chosen == null ? Optional.empty() : Optional.of(chosen.attr("value"));
            }
            default -> {
                var type = field.attr("type");
                if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                    yield Optional.empty();
                }
                if (type.equals("submit") || type.equals("file")) {
                    yield Optional.empty();
                }
                yield Optional.of(field.hasAttr("value") ? field.attr("value") : (type.equals("checkbox") ? "on" : ""));
            }
        };
    }

    /** Types {@code value} into the field {@code name}, replacing what it held. */
    public HtmlForm with(String name, String value) {
        var changed = new ArrayList<Map.Entry<String, String>>();
        boolean replaced = false;
        for (var field : fields) {
            if (field.getKey().equals(name)) {
                if (!replaced) {
                    changed.add(Map.entry(name, value));
                    replaced = true;
                }
            } else {
                changed.add(field);
            }
        }
        if (!replaced) {
            changed.add(Map.entry(name, value));
        }
        return new HtmlForm(action, changed);
    }

    /** Adds one more value for {@code name}, as a further ticked box does. */
    public HtmlForm plus(String name, String value) {
        var changed = new ArrayList<>(fields);
        changed.add(Map.entry(name, value));
        return new HtmlForm(action, changed);
    }

    public String value(String name) {
        return fields.stream()
                .filter(f -> f.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field " + name + " in the form to " + action));
    }

    public String action() {
        return action;
    }

    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    public WebSession.Page submit(WebSession session) {
        return session.postFields(action, fields);
    }
}
