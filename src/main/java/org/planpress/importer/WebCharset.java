package org.planpress.importer;

import java.nio.charset.Charset;
import java.util.Locale;

/** Charsets web pages declare that browsers read as another: gb2312 and GBK are decoded as GB18030 (WHATWG Encoding). */
final class WebCharset {
    private WebCharset() {
    }

    /** Whether the page's declared charset is GB2312, GBK or one of their aliases, which browsers decode as GB18030. */
    static boolean gbFamily(Charset cs) {
        if (cs == null) return false;
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("euc-cn") || n.equals("x-euc-cn") || n.equals("cp936")
                || n.equals("windows-936") || n.equals("ms936") || n.equals("iso-ir-58") || n.equals("chinese") || n.equals("csgb2312");
    }
}
