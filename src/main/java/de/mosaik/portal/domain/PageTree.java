package de.mosaik.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's pages as a tree. A page is public when it and every page above it are published and due:
 * a sub-page of a draft stays hidden, so that nobody reaches a page whose field of work is not out yet.
 */
public final class PageTree {

    private final Map<UUID, Page> byId = new HashMap<>();
    private final Map<@Nullable UUID, List<Page>> children = new HashMap<>();

    public PageTree(List<Page> pages) {
        for (var page : pages) {
            byId.put(page.id(), page);
            children.computeIfAbsent(page.parentId(), k -> new ArrayList<>()).add(page);
        }
        children.values()
                .forEach(list ->
                        list.sort(Comparator.comparingInt(Page::position).thenComparing(Page::title)));
    }

    public Optional<Page> page(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Page> bySlug(String slug) {
        return byId.values().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The pages under {@code parentId} (null: the fields of work), in their order. */
    public List<Page> children(@Nullable UUID parentId) {
        return children.getOrDefault(parentId, List.of());
    }

    /** The pages above {@code page}, the field of work first. */
    public List<Page> ancestors(Page page) {
        var result = new ArrayList<Page>();
        var seen = new HashSet<UUID>();
        var parent = page.parentId() == null ? null : byId.get(page.parentId());
        while (parent != null && seen.add(parent.id())) {
            result.add(0, parent);
            parent = parent.parentId() == null ? null : byId.get(parent.parentId());
        }
        return result;
    }

    public boolean isPublic(Page page, Instant now) {
        return page.publishedAt(now) && ancestors(page).stream().allMatch(p -> p.publishedAt(now));
    }

    public List<Page> publicChildren(@Nullable UUID parentId, Instant now) {
        return children(parentId).stream().filter(p -> isPublic(p, now)).toList();
    }

    /** Every page in reading order (depth first), each with its depth, for the back-office list. */
    public List<Entry> outline() {
        var result = new ArrayList<Entry>();
        walk(null, 0, result, new HashSet<>());
        return result;
    }

    private void walk(@Nullable UUID parent, int depth, List<Entry> result, HashSet<UUID> seen) {
        for (var page : children(parent)) {
            if (seen.add(page.id())) {
                result.add(new Entry(page, depth));
                walk(page.id(), depth + 1, result, seen);
            }
        }
    }

    /** Whether {@code candidate} may become the parent of {@code page}: not itself, nor below it. */
    public boolean mayBeParentOf(UUID candidate, UUID page) {
        var parent = byId.get(candidate);
        return parent != null
                && !parent.id().equals(page)
                && ancestors(parent).stream().noneMatch(p -> p.id().equals(page));
    }

    public record Entry(Page page, int depth) {}
}
