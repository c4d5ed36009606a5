package org.planpress.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The order of names and terms in site-wide lists (People page, terms page): ICU's Chinese collation, so Chinese
 * names come in pinyin order (安 an, 堃 kun, 喆 zhe; the JDK's zh collator places characters outside GB2312's
 * first level, common in given names, after all the others), and Latin names alphabetically, ignoring case, as
 * before (romanized Chinese names start with the surname). A Chinese site lists Chinese names first, any other
 * site Latin ones first.
 */
public final class NameOrder {
    private NameOrder() {
    }

    /** A thread-safe comparator for the site language {@code siteLang} (e.g. {@code en}, {@code zh-CN}). */
    public static Comparator<String> forLang(String siteLang) {
        Collator c = Collator.getInstance(ULocale.forLanguageTag("zh"));
        c.setStrength(Collator.SECONDARY); // case is ignored, as the people index merges names by case
        boolean chinese = siteLang != null && siteLang.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
        c.setReorderCodes(chinese ? new int[] {UScript.HAN, UScript.LATIN} : new int[] {UScript.LATIN, UScript.HAN});
        Collator frozen = c.freeze();
        return (a, b) -> {
            int r = frozen.compare(a, b);
            return r != 0 ? r : a.compareTo(b);
        };
    }

    /** {@code entries} sorted by their {@code key} value (a new list; equal keys keep their order). */
    public static List<Map<String, Object>> sort(List<Map<String, Object>> entries, String key, String siteLang) {
        return sort(entries, e -> String.valueOf(e.get(key)), siteLang);
    }

    /**
     * {@code entries} sorted by what {@code key} makes of each, made once per entry (a new list; equal keys keep
     * their order).
     */
    public static <T> List<T> sort(List<T> entries, java.util.function.Function<T, String> key, String siteLang) {
        Comparator<String> order = forLang(siteLang);
        List<Map.Entry<String, T>> keyed = new ArrayList<>(entries.size());
        for (T e : entries) keyed.add(Map.entry(key.apply(e), e));
        keyed.sort((x, y) -> order.compare(x.getKey(), y.getKey()));
        List<T> out = new ArrayList<>(keyed.size());
        for (Map.Entry<String, T> k : keyed) out.add(k.getValue());
        return out;
    }
}
