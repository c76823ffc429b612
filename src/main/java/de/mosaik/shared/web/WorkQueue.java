package de.mosaik.shared.web;

import java.util.List;

/**
 * Each module reports its open work for the tenant's start page by providing a bean of this type,
 * so the start page needs no knowledge of the other modules' data. Items with a count of 0 are left out.
 */
public interface WorkQueue {

    List<WorkItem> open(CurrentUser user, BackOfficeTenant tenant);
}
