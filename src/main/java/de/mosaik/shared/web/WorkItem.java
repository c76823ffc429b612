package de.mosaik.shared.web;

import java.util.List;

/**
 * One kind of open work on the staff start page: how many things wait and where they are handled.
 * The label is a message key whose first argument is the count; further arguments follow.
 */
public record WorkItem(String labelKey, long count, String href, int order, List<Object> arguments) {

    public WorkItem(String labelKey, long count, String href, int order) {
        this(labelKey, count, href, order, List.of());
    }

    /** The arguments of the label: the count first. */
    public Object[] labelArguments() {
        var all = new Object[arguments.size() + 1];
        all[0] = count;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return all;
    }
}
