package org.planpress.search;

import org.planpress.store.Step;
import org.planpress.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.planpress.internal.Workers;
import org.planpress.model.Plan;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the site's search index into {@code search/}: a static, split index that a browser loads as
 * {@code <script>} files (so it works from file://, where fetch is forbidden), only the files a query needs.
 *
 * <ul>
 * <li>{@code manifest.js}: counts, the stop words, and the first term of each term shard;</li>
 * <li>{@code t/N.js}: term shards, consecutive ranges of the sorted terms of about {@link #SHARD_CHARS} characters,
 * each term with {@code [idf, doc, tf, doc delta, tf, ...]} (BM25 in hundredths: a document scores idf times tf,
 * title hits weigh more);</li>
 * <li>{@code d/N.js}: stored documents {@code N*16 .. N*16+15} (kind, plan, anchor, title, path, text for
 * snippets); a plan's documents start a file of their own ({@link #firstDocs}), and these files name no number, so
 * a plan added, removed or grown renumbers the files after it without changing them;</li>
 * <li>{@code stemmer.js}: the vendored Porter stemmer wrapped as a classic script.</li>
 * </ul>
 * Every file calls {@code ppSearchData(name, data)} (the stored documents {@code ppSearchData(null, data)}: the
 * loader knows which file it asked for); data is JSON, so markup in titles stays text.
 */
public final class SearchIndex {
    /** Target size of a term shard, in characters of JSON. */
    public static final int SHARD_CHARS = 24_000;
    /** Terms encoded at a time before their shards are written. */
    private static final int BATCH = 2048;
    /** Documents per stored-document file. */
    public static final int CHUNK = 16;
    /** Stored text per document, in characters (snippets only; all of it is indexed). */
    public static final int STORED_TEXT = 4_000;
    /** Weights of a term in the title, the body and the context (plan title). */
    static final double W_TITLE = 4, W_BODY = 1, W_CONTEXT = 0.3;
    static final double K1 = 1.2, B = 0.75;
    /** The vendored stemmer, relative to the site root (from assets/js/vendor). */
    static final String STEMMER = "js/vendor/stemmer-2.0.1/index.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run wrote. */
    public record Stats(int docs, int sections, int persons, int stages, int terms, int shards, long bytes,
            long nanos) {
        /** A progress line for the build log. */
        public String line() {
            return String.format(Locale.ROOT,
                    "indexed %d sections, %d persons, %d stages (%d terms, %d shards, %d KB) in %.1f s",
                    sections, persons, stages, terms, shards, (bytes + 1023) / 1024, nanos / 1e9);
        }
    }

    private SearchIndex() {
    }

    /**
     * Builds the index of {@code docs}, whose plan numbers index {@code plans}, analysing them all here (in one
     * thread); the stemmer comes from the site.
     */
    public static Stats write(Path site, List<Plan> plans, List<SearchDoc> docs, long startNanos) throws IOException {
        // the documents by plan, as they come (a plan's are consecutive)
        List<List<SearchDoc>> byPlan = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (i == 0 || docs.get(i).plan() != docs.get(i - 1).plan()) byPlan.add(new ArrayList<>());
            byPlan.get(byPlan.size() - 1).add(docs.get(i));
        }
        Terms terms = new Terms(byPlan.stream().map(List::size).toList());
        Path dir = site.resolve("search/d");
        if (Files.isDirectory(dir)) org.planpress.internal.Trees.delete(dir);
        Files.createDirectories(dir);
        long bytes = 0;
        StringBuilder kinds = new StringBuilder();
        for (int g = 0; g < byPlan.size(); g++) {
            terms.add(g, Analysed.of(byPlan.get(g)));
            List<byte[]> files = docFiles(byPlan.get(g), plans);
            for (int f = 0; f < files.size(); f++) bytes += writeData(dir.resolve(docFile(terms.first[g], f)), null, files.get(f));
            for (SearchDoc d : byPlan.get(g)) kinds.append(d.kind().code);
        }
        return write(site, site, plans.size(), kinds.toString(), terms, bytes, startNanos, 1);
    }

    /**
     * The number of each plan's first document, for plans of {@code counts} documents, and at the end how many
     * numbers there are: a plan's documents start a file of their own ({@link #CHUNK} numbers a file), so the last
     * file of a plan may leave numbers unused.
     */
    static int[] firstDocs(List<Integer> counts) {
        int[] first = new int[counts.size() + 1];
        for (int i = 0; i < counts.size(); i++) first[i + 1] = first[i] + (counts.get(i) + CHUNK - 1) / CHUNK * CHUNK;
        return first;
    }

    /** The name of file {@code f} (counted from 0) of the plan whose first document is number {@code firstDoc}. */
    static String docFile(int firstDoc, int f) {
        return (firstDoc / CHUNK + f) + ".js";
    }

    /** The JSON of the stored-document files of one plan's documents {@code docs}, {@link #CHUNK} documents a file. */
    static List<byte[]> docFiles(List<SearchDoc> docs, List<Plan> plans) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (int at = 0; at < docs.size(); at += CHUNK) out.add(chunkJson(docs.subList(at, Math.min(docs.size(), at + CHUNK)), plans));
        return out;
    }

    /**
     * The documents' terms, gathered by term as each plan's analysis comes ({@link #add}: from any thread, in any
     * order), so that no analysis need stay on the heap until the index is written (10,000 plans: 330,000
     * documents, some 230 MB of analyses beside the postings made from them).
     */
    public static final class Terms {
        private final int[] sizes;
        /** Each plan's first document number ({@link #firstDocs}). */
        final int[] first;
        private final double[] length;
        /** term -> (doc, weighted tf in tenths) pairs, in document order */
        private final Map<String, Postings> raw = new HashMap<>();
        /** Analyses that came before those of a plan ahead of them: taken in order, so postings stay sorted. */
        private final Map<Integer, Analysed> early = new HashMap<>();
        private int next;

        /** For documents in groups (each plan's) of these sizes, in order. */
        public Terms(List<Integer> sizes) {
            this.sizes = sizes.stream().mapToInt(Integer::intValue).toArray();
            first = firstDocs(sizes);
            length = new double[first[sizes.size()]];
        }

        /** Adds group {@code group}'s analysed documents. */
        public synchronized void add(int group, Analysed analysed) {
            int size = analysed.docs().size();
            if (size != sizes[group]) throw new IllegalArgumentException("group " + group + ": " + size + " documents");
            early.put(group, analysed);
            for (Analysed a; (a = early.remove(next)) != null; next++) {
                Postings[] own = new Postings[a.terms().length]; // the group's terms, each looked up once
                for (int t = 0; t < own.length; t++) own[t] = raw.computeIfAbsent(a.terms()[t], k -> new Postings());
                int d = first[next];
                for (Analysed.Doc doc : a.docs()) {
                    length[d] = doc.length();
                    for (int t = 0; t < doc.terms().length; t++) own[doc.terms()[t]].add(d, doc.tf10()[t]);
                    d++;
                }
            }
        }

        synchronized boolean complete(int docs) {
            return next == sizes.length && java.util.Arrays.stream(sizes).sum() == docs;
        }
    }

    /**
     * Writes the term shards, the manifest and the stemmer of the index of {@code plans} plans' documents, of the
     * kinds {@code kinds} ({@link SearchDoc.Kind#code}s, one a document), analysed into {@code terms}; their
     * stored documents ({@code docBytes} of them) are written by {@link StoredDocuments}. The vendored stemmer comes
     * from {@code assets} (the folder the site's assets are copied from, which may not be copied yet).
     */
    public static Stats write(Path site, Path assets, int plans, String kinds, Terms terms, long docBytes,
            long startNanos, int threads) throws IOException {
        Path dir = site.resolve("search");
        if (Files.isDirectory(dir.resolve("t"))) org.planpress.internal.Trees.delete(dir.resolve("t"));
        Files.createDirectories(dir.resolve("t"));
        long[] bytes = {docBytes};

        // 1. the documents' weighted term frequencies, gathered by term (see Terms)
        int n = kinds.length();
        if (!terms.complete(n)) throw new IllegalStateException("the terms of " + n + " documents are not all in");
        double[] length = terms.length;
        Map<String, Postings> raw = terms.raw;
        double total = 0;
        int sections = 0, persons = 0, stages = 0;
        for (int d = 0; d < n; d++) {
            switch (kinds.charAt(d)) {
                case 'S' -> sections++;
                case 'R' -> persons++;
                case 'T' -> stages++;
                default -> { }
            }
        }
        for (double l : length) total += l; // numbers no document has are 0
        double avg = n == 0 ? 1 : Math.max(1, total / n);

        // 2. score (BM25) and encode postings, terms in sorted order (on every thread), and
        // 3. cut them into shards of about SHARD_CHARS, written as they fill: a batch of terms at a time, so the
        // encoded postings (10,000 plans: 140 MB of text) are never all on the heap with the raw ones
        List<String> sorted = new ArrayList<>(raw.keySet());
        java.util.Collections.sort(sorted);
        List<String> bounds = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        String first = null;
        int hash = 0; // the hash of the sorted map of terms to postings, as the manifest's version had it
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<String> batch = sorted.subList(from, Math.min(sorted.size(), from + BATCH));
            List<String> encoded = Workers.mapUnchecked(batch, threads, t -> raw.get(t).encode(n, length, avg));
            for (int i = 0; i < batch.size(); i++) {
                String term = batch.get(i);
                raw.remove(term);
                hash += term.hashCode() ^ encoded.get(i).hashCode();
                String entry = JSON.writeValueAsString(term) + ":\"" + encoded.get(i) + "\"";
                if (first != null && shard.length() + entry.length() > SHARD_CHARS) {
                    bytes[0] += writeShard(dir, bounds.size(), shard);
                    bounds.add(first);
                    shard.setLength(0);
                    first = null;
                }
                if (first == null) first = bounds.isEmpty() ? "" : term;
                if (shard.length() > 0) shard.append(',');
                shard.append(entry);
            }
        }
        if (first != null || bounds.isEmpty()) {
            bytes[0] += writeShard(dir, bounds.size(), shard);
            bounds.add(first == null ? "" : first);
        }

        // 4. the manifest and the stemmer
        String version = Integer.toHexString((int) (hash * 31L + n));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", version);
        manifest.put("docs", length.length); // the document numbers: a plan's last file may leave some unused
        manifest.put("plans", plans);
        manifest.put("chunk", CHUNK);
        manifest.put("stop", SearchAnalyzer.stopWords());
        manifest.put("shards", bounds);
        bytes[0] += writeData(dir.resolve("manifest.js"), "manifest", JSON.writeValueAsBytes(manifest));
        bytes[0] += writeStemmer(assets, dir.resolve("stemmer.js"));
        return new Stats(n, sections, persons, stages, sorted.size(), bounds.size(), bytes[0],
                System.nanoTime() - startNanos);
    }

    /**
     * A group of documents (a plan's) analysed: the terms they use, each once, and each document's terms as numbers
     * in that list, with the weighted frequency of each (in tenths) and the document's length in terms. A plan's
     * documents share most of their terms, so each is kept, read back and looked up once a plan.
     */
    public record Analysed(String[] terms, List<Doc> docs) {
        /** One document: {@code terms} are numbers in the group's terms, {@code tf10} their weighted frequencies. */
        public record Doc(int[] terms, int[] tf10, int length) {
        }

        /** Analyses {@code docs}; titles and contexts repeat (a plan's title is the context of each of its documents): analysed once each. */
        static Analysed of(List<SearchDoc> docs) {
            Map<String, List<String>> repeated = new HashMap<>();
            Map<String, Integer> numbers = new LinkedHashMap<>();
            List<Doc> out = new ArrayList<>(docs.size());
            for (SearchDoc doc : docs) {
                Map<String, Double> tf = new LinkedHashMap<>();
                List<String> title = repeated.computeIfAbsent(doc.title() == null ? "" : doc.title(), SearchAnalyzer::terms);
                List<String> body = SearchAnalyzer.terms(doc.text());
                for (String t : title) tf.merge(t, W_TITLE, Double::sum);
                for (String t : body) tf.merge(t, W_BODY, Double::sum);
                for (String t : repeated.computeIfAbsent(doc.context() == null ? "" : doc.context(), SearchAnalyzer::terms)) tf.merge(t, W_CONTEXT, Double::sum);
                int[] terms = new int[tf.size()];
                int[] tf10 = new int[tf.size()];
                int i = 0;
                for (Map.Entry<String, Double> e : tf.entrySet()) {
                    terms[i] = numbers.computeIfAbsent(e.getKey(), k -> numbers.size());
                    tf10[i++] = (int) Math.round(e.getValue() * 10);
                }
                out.add(new Doc(terms, tf10, title.size() + body.size()));
            }
            return new Analysed(numbers.keySet().toArray(String[]::new), out);
        }
    }

    /** One term's (document, weighted tf in tenths) pairs, in document order. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        void add(int doc, int tf10) {
            if (size + 2 > pairs.length) pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
            pairs[size++] = doc;
            pairs[size++] = tf10;
        }

        /** idf, then (document delta, score) pairs, BM25 in hundredths, as a {@link #varints} string. */
        String encode(int n, double[] length, double avg) {
            int df = size / 2;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            StringBuilder sb = new StringBuilder(size * 2 + 4);
            varint(sb, Math.max(1, Math.round(idf * 100)));
            int prev = 0;
            for (int i = 0; i < size; i += 2) {
                int doc = pairs[i];
                double tf = pairs[i + 1] / 10.0;
                double s = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length[doc] / avg));
                varint(sb, doc - prev);
                varint(sb, Math.max(1, Math.round(s * 100)));
                prev = doc;
            }
            return sb.toString();
        }
    }

    /**
     * The 64 characters of the postings strings, none of which JSON escapes: digit values 0-31 end a number,
     * 32-63 carry 5 more bits of it, most significant first. A string literal costs a browser far less to
     * load than an array of numbers (a word in every document has tens of thousands of postings).
     */
    static final String VARINT_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef" + "ghijklmnopqrstuvwxyz0123456789-_";

    static void varint(StringBuilder sb, long v) {
        int groups = 1;
        while ((v >>> (5 * groups)) != 0) groups++;
        for (int g = groups - 1; g >= 0; g--) {
            int digit = (int) ((v >>> (5 * g)) & 31);
            sb.append(VARINT_DIGITS.charAt(g == 0 ? digit : 32 + digit));
        }
    }

    /** Decodes a postings string: idf, then document delta and score pairs (what search.js reads). */
    public static int[] varints(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = VARINT_DIGITS.indexOf(s.charAt(i));
            if (digit < 0) throw new IllegalArgumentException("not a postings string: " + s);
            v = v * 32 + (digit & 31);
            if (digit < 32) {
                out[n++] = (int) v;
                v = 0;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The JSON of a file of stored documents, {@code docs} (whose plan numbers index {@code plans}). */
    static byte[] chunkJson(List<SearchDoc> docs, List<Plan> plans) throws IOException {
        Map<Integer, Integer> planRef = new LinkedHashMap<>();
        List<Object> ds = new ArrayList<>();
        for (SearchDoc doc : docs) {
            Integer ref = planRef.computeIfAbsent(doc.plan(), k -> planRef.size());
            String text = doc.text().length() > STORED_TEXT ? cut(doc.text(), STORED_TEXT) : doc.text();
            ds.add(List.of(doc.kind().code, ref, doc.anchor(), doc.title(), doc.path(), text));
        }
        List<Object> ps = new ArrayList<>();
        for (Integer p : planRef.keySet()) {
            Plan plan = plans.get(p);
            ps.add(List.of("plans/" + plan.id() + ".html",
                    plan.title() == null || plan.title().isBlank() ? plan.id() : plan.title(),
                    plan.lang() == null ? "" : plan.lang()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("p", ps);
        data.put("d", ds);
        return JSON.writeValueAsBytes(data);
    }

    /** Wraps the vendored ES-module stemmer as a classic script defining {@code window.ppStemmer}. */
    static long writeStemmer(Path assets, Path target) throws IOException {
        Path src = assets.resolve(STEMMER);
        if (!Files.isRegularFile(src)) throw new IOException("missing " + STEMMER + " (the theme's search stemmer)");
        String module = Files.readString(src, StandardCharsets.UTF_8);
        String marker = "export function stemmer(";
        int at = module.indexOf(marker);
        if (at < 0 || module.indexOf("export ", at + 1) >= 0 || module.indexOf("import ") >= 0) {
            throw new IOException(STEMMER + " is not the expected stemmer module (one export, no imports)");
        }
        String script = "/* stemmer 2.0.1 (MIT, Titus Wormer): js/vendor/stemmer-2.0.1/, as a classic script */\n"
                + "(function () {\n" + module.substring(0, at) + "function stemmer("
                + module.substring(at + marker.length()) + "\nwindow.ppStemmer = stemmer;\n})();\n";
        byte[] b = script.getBytes(StandardCharsets.UTF_8);
        Files.write(target, b);
        return b.length;
    }

    private static long writeShard(Path dir, int i, StringBuilder body) throws IOException {
        body.insert(0, '{').append('}');
        return writeData(dir.resolve("t/" + i + ".js"), "t/" + i, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code ppSearchData("name", json);} to {@code file} ({@code ppSearchData(null, json);} for a null name). */
    static long writeData(Path file, String name, byte[] json) throws IOException {
        byte[] head = ("ppSearchData(" + (name == null ? "null" : "\"" + name + "\"") + ",").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ");\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + json.length + tail.length);
        System.arraycopy(json, 0, all, head.length, json.length);
        System.arraycopy(tail, 0, all, head.length + json.length, tail.length);
        Files.write(file, all);
        return all.length;
    }

    /** Cuts at a space near {@code max} (never inside a surrogate pair). */
    private static String cut(String s, int max) {
        int end = s.lastIndexOf(' ', max);
        if (end < max / 2) end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    /**
     * The analysis of one plan's documents (the search index's Lucene analysis, most of its work), as a store
     * step: keyed by what the documents are taken from, the plan's conversion.
     */
    public static final class Analysis implements Step<Analysis.Plan, Analysed> {
        /** One plan's documents and the key they are made from. */
        public record Plan(String key, PlanDocs docs) {
        }

        private static final String FORMAT = "analysis-3";
        private static final String FILE = "analysed.bin";

        @Override
        public String kind() {
            return "search";
        }

        @Override
        public String key(Plan p) {
            return Store.key(FORMAT, String.valueOf(p.key()));
        }

        @Override
        public Analysed make(Plan p) {
            return Analysed.of(p.docs().of(0));
        }

        /**
         * An analysis as stored: its terms (count, then each as UTF-8 length and bytes), then its documents (count,
         * then each as length, term count, and term number and weighted frequency pairs), every number a varint.
         * Read back as JSON, the analyses of 10,000 plans took 1.8 s of a rebuild's 15 s of work on one thread;
         * as these numbers, 0.5 s.
         */
        @Override
        public Map<String, byte[]> encode(Analysed a) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            varint(out, a.terms().length);
            for (String t : a.terms()) {
                byte[] b = t.getBytes(StandardCharsets.UTF_8);
                varint(out, b.length);
                out.write(b, 0, b.length);
            }
            varint(out, a.docs().size());
            for (Analysed.Doc d : a.docs()) {
                varint(out, d.length());
                varint(out, d.terms().length);
                for (int i = 0; i < d.terms().length; i++) {
                    varint(out, d.terms()[i]);
                    varint(out, d.tf10()[i]);
                }
            }
            return Map.of(FILE, out.toByteArray());
        }

        /**
         * The terms read back, each kept once: a site has some ten thousand distinct terms, and its documents
         * name them millions of times.
         */
        private final Map<String, String> terms = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Analysed decode(Store.Entry e) {
            byte[] b = e.parts().get(FILE);
            if (b == null) return null;
            try {
                int[] at = {0};
                String[] own = new String[count(b, at)];
                for (int i = 0; i < own.length; i++) {
                    int n = count(b, at);
                    own[i] = terms.computeIfAbsent(new String(b, at[0], n, StandardCharsets.UTF_8), t -> t);
                    at[0] += n;
                }
                int docs = count(b, at);
                List<Analysed.Doc> out = new ArrayList<>(docs);
                for (int d = 0; d < docs; d++) {
                    int length = count(b, at);
                    int[] t = new int[count(b, at)];
                    int[] tf10 = new int[t.length];
                    for (int i = 0; i < t.length; i++) {
                        t[i] = count(b, at);
                        tf10[i] = count(b, at);
                        if (t[i] >= own.length) return null;
                    }
                    out.add(new Analysed.Doc(t, tf10, length));
                }
                return at[0] == b.length ? new Analysed(own, out) : null;
            } catch (RuntimeException x) {
                return null; // another shape or damaged: analysed again
            }
        }

        private static void varint(java.io.ByteArrayOutputStream out, int v) {
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        /** The varint at {@code at[0]}, which moves past it; a count or number, so never negative. */
        private static int count(byte[] b, int[] at) {
            int v = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int x = b[at[0]++];
                v |= (x & 0x7f) << shift;
                if (x >= 0) {
                    if (v < 0) throw new IllegalArgumentException("not a count");
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }
    }
}
