package org.hitpath.gates;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The link gate's check of an external link: its form only, never fetched. https with a well-formed public
 * host name, no misspelt scheme or top-level domain; a well-formed address for mailto: and tel:.
 */
final class ExternalLinkForm {

    /** Labels of a host name: letters, digits and inner hyphens; the last one a real top-level domain shape. */
    private static final Pattern HOST =
            Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    /** Top-level domains that are almost always a slip of the keyboard. */
    private static final Set<String> TYPO_TLDS =
            Set.of("con", "cmo", "ocm", "comm", "cpm", "ogr", "orgg", "rog", "nte", "ent", "eud", "gvo");

    private ExternalLinkForm() {}

    /** What is wrong with the form of an external URL, or null when it is well formed. Never fetched. */
    static String problem(String url, String scheme) {
        if (url.matches(".*\\s.*")) {
            return "contains white space";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "malformed (" + e.getReason() + ")";
        }
        switch (scheme) {
            case "https":
                break;
            case "http":
                return "uses http; link to the https address";
            case "":
                return "protocol-relative (//host); write https:// in full";
            case "mailto":
                return uri.getSchemeSpecificPart().matches("[^@\\s?]+@[^@\\s?]+\\.[a-z]{2,}(\\?.*)?")
                        ? null
                        : "malformed e-mail address";
            case "tel":
                return uri.getSchemeSpecificPart().matches("\\+?[0-9() .-]{5,}") ? null : "malformed telephone number";
            default:
                return "unknown scheme \"" + scheme + ":\" (a typo for https?)";
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null || !url.regionMatches(true, 0, "https://", 0, 8)) {
            return "malformed: expected https://host/...";
        }
        if (uri.getRawUserInfo() != null) {
            return "has user information before the host";
        }
        String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.matches("[0-9.]+|\\[.*]")) {
            return "points at a local or numeric address, not a public host name";
        }
        if (!HOST.matcher(host).matches()) {
            return "malformed host name \"" + host + "\"";
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (TYPO_TLDS.contains(tld)) {
            return "top-level domain \"." + tld + "\" looks like a typo";
        }
        if (host.startsWith("www") && !host.startsWith("www.") && host.matches("w{2,}\\..*")) {
            return "host \"" + host + "\" looks like a typo for www.";
        }
        return null;
    }
}
