package org.planpress.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The element structure of an HTML fragment as positions in its text: each element's name, the attributes
 * PlanPress reads (id, class, href, hidden) and where its start tag, content and end tag are. Text is not
 * copied, so reading a converted plan body costs one pass over it; pages are then changed by inserting text
 * at those positions ({@link HtmlEdits}) rather than by writing a whole tree out again.
 *
 * <p>Made for well-formed HTML such as Asciidoctor's. Elsewhere it does what is simplest: void and
 * self-closed elements have no content, an end tag closes the open elements above its start tag, stray end
 * tags are kept like comments, and what is open at the end closes there.
 */
public final class HtmlTree {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Elements set apart from the text around them (jsoup's block elements, and br). */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "audio", "blockquote", "body",
            "br", "canvas", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "math", "menu", "nav", "noscript", "ol", "p", "pre", "section", "summary",
            "svg", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "video");

    /** An element, or (named {@code !}) a comment or stray end tag. */
    public static final class Node {
        final String name;
        final int start;
        final int nameEnd;
        final Node parent;
        int open;
        int close;
        int end;
        String id;
        String classes;
        String href;
        boolean hidden;
        boolean links;
        List<Node> children = List.of();

        Node(String name, int start, int nameEnd, Node parent) {
            this.name = name;
            this.start = start;
            this.nameEnd = nameEnd;
            this.parent = parent;
        }

        /** The element's name in lower case ({@code !} for a comment). */
        public String name() {
            return name;
        }

        /** Where its start tag begins. */
        public int start() {
            return start;
        }

        /** Where its content begins (just after the start tag). */
        public int open() {
            return open;
        }

        /** Where its content ends (its end tag, or {@link #open} for an element without content). */
        public int close() {
            return close;
        }

        /** Where it ends (just after its end tag). */
        public int end() {
            return end;
        }

        /** The enclosing element, or null for the root. */
        public Node parent() {
            return parent;
        }

        /** Its elements and comments, in order. */
        public List<Node> children() {
            return children;
        }

        /** The unescaped value of its id attribute, or null. */
        public String id() {
            return id;
        }

        /** The raw value of its href attribute, or null. */
        public String href() {
            return href;
        }

        /** Whether it has the {@code hidden} attribute. */
        public boolean hidden() {
            return hidden;
        }

        /** Whether it is an element (not a comment). */
        public boolean isElement() {
            return !name.equals("!");
        }

        /** Whether it is a heading, h1 to h6. */
        public boolean isHeading() {
            return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        }

        /** Whether its class attribute lists {@code c}. */
        public boolean hasClass(String c) {
            String s = classes;
            if (s == null) return false;
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                int e = i + c.length();
                if ((i == 0 || Character.isWhitespace(s.charAt(i - 1))) && (e == s.length() || Character.isWhitespace(s.charAt(e)))) {
                    return true;
                }
            }
            return false;
        }

        /** The class starting with {@code prefix} followed by one digit ({@code sect1}), or null. */
        public String classWithDigit(String prefix) {
            String s = classes;
            if (s == null) return null;
            for (int i = s.indexOf(prefix); i >= 0; i = s.indexOf(prefix, i + 1)) {
                int e = i + prefix.length() + 1;
                if ((i == 0 || Character.isWhitespace(s.charAt(i - 1))) && e <= s.length()
                        && Character.isDigit(s.charAt(e - 1)) && (e == s.length() || Character.isWhitespace(s.charAt(e)))) {
                    return s.substring(i, e);
                }
            }
            return null;
        }

        void add(Node child) {
            if (children.isEmpty()) children = new ArrayList<>(4);
            children.add(child);
        }

        @Override
        public String toString() {
            return "<" + name + (id == null ? "" : " id=" + id) + "> at " + start;
        }
    }

    private final String html;
    private final Node root;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byId = new HashMap<>();

    private HtmlTree(String html) {
        this.html = html;
        this.root = new Node("#root", 0, 0, null);
        root.open = 0;
        root.close = html.length();
        root.end = html.length();
    }

    /** Reads {@code html}. */
    public static HtmlTree of(String html) {
        HtmlTree t = new HtmlTree(html);
        t.read();
        return t;
    }

    /** The text this tree was read from. */
    public String html() {
        return html;
    }

    /** The root: the whole text, holding its top-level elements. */
    public Node root() {
        return root;
    }

    /** Every element and comment, in page order (by start). */
    public List<Node> nodes() {
        return nodes;
    }

    /** The first element with the id {@code id}, or null. */
    public Node byId(String id) {
        return byId.get(id);
    }

    /** The index of {@code n} in {@link #nodes}. */
    public int indexOf(Node n) {
        int lo = 0;
        int hi = nodes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = nodes.get(mid).start;
            if (s < n.start) lo = mid + 1;
            else if (s > n.start) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The first heading (h1 to h6) inside {@code n}, or null. */
    public Node firstHeading(Node n) {
        int i = n == root ? 0 : indexOf(n) + 1;
        for (; i < nodes.size() && nodes.get(i).start < n.close; i++) {
            if (nodes.get(i).isHeading()) return nodes.get(i);
        }
        return null;
    }

    /** Whether {@code n} has an element inside it that {@code test} accepts. */
    public boolean contains(Node n, Predicate<Node> test) {
        for (int i = indexOf(n) + 1; i < nodes.size() && nodes.get(i).start < n.close; i++) {
            if (test.test(nodes.get(i))) return true;
        }
        return false;
    }

    /**
     * Appends the unescaped text of {@code n}'s content to {@code sb}, leaving out comments and the elements
     * {@code skip} accepts; block elements and line breaks are set apart by spaces.
     */
    public void text(Node n, Predicate<Node> skip, StringBuilder sb) {
        int pos = n.open;
        for (Node c : n.children) {
            appendText(pos, c.start, sb);
            pos = c.end;
            if (!c.isElement() || skip.test(c)) continue;
            boolean block = BLOCK.contains(c.name);
            if (block) sb.append(' ');
            text(c, skip, sb);
            if (block) sb.append(' ');
        }
        appendText(pos, n.close, sb);
    }

    /** The text of {@code n} (as {@link #text(Node, Predicate, StringBuilder)}), whitespace collapsed and trimmed. */
    public String text(Node n, Predicate<Node> skip) {
        StringBuilder sb = new StringBuilder();
        text(n, skip, sb);
        return squash(sb);
    }

    /**
     * Collapses runs of HTML whitespace (space, tab, line feed, form feed, carriage return) and no-break spaces
     * into single spaces, as jsoup's text does (an ideographic space, U+3000, is text), drops invisible
     * characters (zero-width and soft hyphen, which Asciidoctor puts after an ellipsis) and trims.
     */
    public static String squash(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
                space = sb.length() > 0;
            } else if (c != '\u200b' && c != '\u00ad') {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void appendText(int from, int to, StringBuilder sb) {
        if (from >= to) return;
        for (int i = from; i < to; i++) {
            if (html.charAt(i) == '&') {
                sb.append(Html.unescape(html.substring(from, to)));
                return;
            }
        }
        sb.append(html.substring(from, to)); // not append(html, from, to): one character at a time
    }

    private void read() {
        List<Node> open = new ArrayList<>();
        open.add(root);
        TagScanner.scan(html, new TagScanner.Handler() {
            Node tag;

            @Override
            public void tagStart(String name, int start) {
                tag = new Node(name.toLowerCase(Locale.ROOT), start, start + 1 + name.length(), open.get(open.size() - 1));
            }

            @Override
            public void attribute(int ns, int ne, int vs, int ve) {
                // TagScanner.is compares the lengths first: a mismatch costs one comparison
                if (vs >= 0 && TagScanner.is(html, ns, ne, "id")) {
                    tag.id = Html.unescapeAttribute(html.substring(vs, ve));
                } else if (TagScanner.is(html, ns, ne, "src")) {
                    tag.links = true;
                } else if (vs >= 0 && TagScanner.is(html, ns, ne, "href")) {
                    tag.href = html.substring(vs, ve);
                    tag.links = true;
                } else if (vs >= 0 && TagScanner.is(html, ns, ne, "class")) {
                    tag.classes = html.substring(vs, ve);
                } else if (TagScanner.is(html, ns, ne, "hidden")) {
                    tag.hidden = true;
                }
            }

            @Override
            public void tagEnd(int end, boolean selfClosing) {
                Node t = tag;
                t.open = end;
                t.parent.add(t);
                nodes.add(t);
                if (t.id != null) byId.putIfAbsent(t.id, t);
                if (selfClosing || VOID.contains(t.name)) {
                    t.close = end;
                    t.end = end;
                } else {
                    open.add(t);
                }
            }

            @Override
            public void endTag(String name, int start, int end) {
                for (int k = open.size() - 1; k > 0; k--) {
                    if (open.get(k).name.equalsIgnoreCase(name)) {
                        for (int m = open.size() - 1; m > k; m--) {
                            Node implicit = open.remove(m);
                            implicit.close = start;
                            implicit.end = start;
                        }
                        Node n = open.remove(k);
                        n.close = start;
                        n.end = end;
                        return;
                    }
                }
                comment(start, end); // a stray end tag: not text
            }

            @Override
            public void comment(int start, int end) {
                Node c = new Node("!", start, start, open.get(open.size() - 1));
                c.open = end;
                c.close = end;
                c.end = end;
                c.parent.add(c);
                nodes.add(c);
            }
        });
        for (int m = open.size() - 1; m > 0; m--) {
            open.get(m).close = html.length();
            open.get(m).end = html.length();
        }
    }
}
