package org.planpress.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analysis chain of the search index, English and CJK at once: Lucene's {@link StandardTokenizer}
 * (UAX #29 words; each Han ideograph its own token), {@link CJKWidthCharFilter} (full-width ASCII folded),
 * {@link EnglishPossessiveFilter}, {@link LowerCaseFilter}, {@link CJKBigramFilter} (adjacent CJK characters
 * become overlapping bigrams, so Chinese needs no word segmenter), English stop words
 * ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}) and {@link PorterStemFilter}. assets/js/search.js applies
 * the same chain to queries; SearchBrowserTest checks that both agree.
 */
public final class SearchAnalyzer extends Analyzer {
    /** The shared instance (Lucene analyzers are thread-safe). */
    public static final SearchAnalyzer INSTANCE = new SearchAnalyzer();

    private SearchAnalyzer() {
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream t = new EnglishPossessiveFilter(source);
        t = new LowerCaseFilter(t);
        t = new CJKBigramFilter(t);
        t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        t = new PorterStemFilter(t);
        return new TokenStreamComponents(source, t);
    }

    /** The terms of {@code text}, in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        try (TokenStream ts = INSTANCE.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The stop words, sorted (shipped to the client in the manifest). */
    public static List<String> stopWords() {
        CharArraySet set = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        TreeSet<String> words = new TreeSet<>();
        for (Object o : set) words.add(o instanceof char[] c ? new String(c) : o.toString());
        return List.copyOf(words);
    }
}
