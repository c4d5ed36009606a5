package org.planpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.planpress.store.Store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One plan's search documents, held in memory or in the build's store, as a {@link org.planpress.convert.Body}
 * is: read back only by the stage that writes the index, so the link, model and bake stages need not hold them
 * (10,000 plans: 330,000 documents, 140 MB of JSON, which took 0.5 s of the link stage's 1.4 s to read back in a
 * build after one edit).
 */
public final class PlanDocs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SearchDoc>> LIST = new TypeReference<>() {
    };

    private final List<SearchDoc> docs;
    private final Store.Slice file;
    private final String kinds;

    private PlanDocs(List<SearchDoc> docs, Store.Slice file, String kinds) {
        this.docs = docs;
        this.file = file;
        this.kinds = kinds;
    }

    /** Documents held in memory. */
    public static PlanDocs of(List<SearchDoc> docs) {
        StringBuilder kinds = new StringBuilder();
        for (SearchDoc d : docs) kinds.append(d.kind().code);
        return new PlanDocs(List.copyOf(docs), null, kinds.toString());
    }

    /** The documents of {@code kinds} in the store at {@code file} (as {@link #json} wrote them). */
    public static PlanDocs at(Store.Slice file, String kinds) {
        return new PlanDocs(null, file, kinds);
    }

    /** How many there are (known without reading them). */
    public int count() {
        return kinds.length();
    }

    /** What each is ({@link SearchDoc.Kind#code}, one letter a document; known without reading them). */
    public String kinds() {
        return kinds;
    }

    /** The documents, as those of plan number {@code plan}. */
    public List<SearchDoc> of(int plan) {
        List<SearchDoc> all;
        try {
            all = file == null ? docs : JSON.readValue(file.bytes(), LIST);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a plan's search documents: " + e.getMessage(), e);
        }
        if (all.size() != kinds.length()) throw new UncheckedIOException(new IOException("a plan's search documents are not all there"));
        return all.stream().map(d -> d.inPlan(plan)).toList();
    }

    /** The documents as stored: JSON. */
    public byte[] json() throws IOException {
        return file == null ? JSON.writeValueAsBytes(docs) : file.bytes();
    }
}
