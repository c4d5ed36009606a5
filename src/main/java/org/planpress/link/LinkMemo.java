package org.planpress.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.planpress.search.SearchDoc;
import org.planpress.search.SearchIndex;

/**
 * What the link stage and the search index keep between builds of one {@code serve} session, so a rebuild that re-renders only
 * the edited plan's page can still write the whole site's cross-links and search index: the cross-link
 * index (valid while the site fingerprint is unchanged), each plan's search documents and compare-page
 * fragments, and the analysed search documents.
 */
public final class LinkMemo {
    String fingerprint;
    CrossLinks crossLinks;
    final Map<String, List<SearchDoc>> searchDocs = new HashMap<>();
    final Map<String, Map<String, String>> compareFragments = new HashMap<>();
    SearchIndex.Cache searchIndex = new SearchIndex.Cache();

    /** The analysed search documents of the last build. */
    public SearchIndex.Cache searchIndex() {
        return searchIndex;
    }

    /** Forgets everything (after a failed build or a change that touches every page). */
    public void clear() {
        fingerprint = null;
        crossLinks = null;
        searchDocs.clear();
        compareFragments.clear();
        searchIndex = new SearchIndex.Cache();
    }
}
