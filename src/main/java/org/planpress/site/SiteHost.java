package org.planpress.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Properties;

/**
 * The site's absolute base URL, {@code site.host} in jbake.properties (e.g. {@code http://intranet/plans/}).
 * Pages link relatively and never need it; sitemap.xml and the URL properties of stages.ics do, and are left
 * out when it is not set.
 */
public final class SiteHost {
    private SiteHost() {
    }

    /** The base URL ending in "/", or null when {@code site.host} is empty or not an absolute http(s) URL. */
    public static String of(Properties config) {
        return normalize(config.getProperty("site.host", ""));
    }

    /** {@code host} as a base URL ending in "/", or null when it is empty or not an absolute http(s) URL. */
    public static String normalize(String host) {
        if (host == null) return null;
        String h = host.strip();
        if (h.isEmpty()) return null;
        if (!h.endsWith("/")) h += "/";
        try {
            URI u = new URI(h);
            if (u.getScheme() == null || u.getHost() == null
                    || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
                return null;
            }
            return u.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * The absolute URL of a site path (relative to the site root, e.g. {@code plans/x.html}) with an optional
     * fragment, percent-encoded to ASCII as RFC 3986 wants.
     */
    public static String absolute(String base, String path, String fragment) {
        try {
            URI rel = new URI(null, null, path, fragment == null || fragment.isEmpty() ? null : fragment);
            return URI.create(base).resolve(rel).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e);
        }
    }
}
