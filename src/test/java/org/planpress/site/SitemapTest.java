package org.planpress.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.planpress.TestSites;
import org.planpress.ValidationSites;

/** Issue 20: sitemap.xml only with site.host, absolute locations, lastmod from the sources, valid against the schema. */
class SitemapTest {

    static Schema schema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(SitemapTest.class.getResource("/schemas/sitemap.xsd"));
    }

    /** Validates against the sitemaps.org 0.9 schema (throws SAXException on the first violation). */
    static void validate(String xml) throws Exception {
        var v = schema().newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void hostedSitemapIsValidAbsoluteAndDatedFromTheSources() throws Exception {
        Path src = ValidationSites.source("site.host=" + ValidationSites.HOST + "\n");
        Instant when = Instant.parse("2025-03-04T05:06:07Z");
        Files.setLastModifiedTime(src.resolve("content/plans/harbour-drills-2025.adoc"), FileTime.from(when));
        Path site = ValidationSites.bake(src, "--no-pdf");
        String xml = Files.readString(site.resolve("sitemap.xml"));
        validate(xml);
        Document d = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> locs = d.select("url > loc").eachText();
        List<String> pages = new ArrayList<>();
        for (Path p : TestSites.files(site, ".html")) {
            String rel = site.relativize(p).toString().replace('\\', '/');
            if (!rel.equals("404.html")) pages.add(ValidationSites.HOST + rel);
        }
        assertEquals(pages.stream().sorted().toList(), locs.stream().sorted().toList(), "every page but 404.html, once");
        for (String loc : locs) assertTrue(URI.create(loc).isAbsolute(), loc);
        var harbour = d.select("url:has(loc:containsOwn(plans/harbour-drills-2025.html)) > lastmod").first();
        assertEquals("2025-03-04T05:06:07Z", harbour.text());
        // every page but the help page (made from docs/, not from the plans) has a lastmod
        for (var u : d.select("url:not(:has(loc:containsOwn(help.html)))")) assertFalse(u.select("lastmod").isEmpty(), u.toString());
    }

    @Test
    void noSitemapWithoutHostAndCheckWarns() throws Exception {
        assertFalse(Files.exists(TestSites.defaultSite().resolve("sitemap.xml")), "relative locations are invalid");
        TestSites.Run r = TestSites.run("check", "--source", TestSites.repo().toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("jbake.properties:"), r.out());
        assertTrue(r.out().contains("warning: site.host is not set, so sitemap.xml is not written"), r.out());
        TestSites.Run bad = TestSites.run("check", "--source",
                ValidationSites.source("site.host=intranet/plans\n").toString());
        assertTrue(bad.out().contains("jbake.properties:1: warning: site.host is not an absolute http(s) URL"), bad.out());
        TestSites.Run ok = TestSites.run("check", "--source",
                ValidationSites.source("site.host=" + ValidationSites.HOST + "\n").toString());
        assertFalse(ok.out().contains("site.host"), ok.out());
    }

    @Test
    void theSchemaRejectsAPlantedFault() throws Exception {
        String xml = Files.readString(ValidationSites.hosted().resolve("sitemap.xml"));
        validate(xml);
        // the sitemap the default site.host used to produce: a relative location, too short for the schema
        String relative = xml.replace("<loc>" + ValidationSites.HOST + "index.html</loc>", "<loc>index.html</loc>");
        assertThrows(org.xml.sax.SAXException.class, () -> validate(relative));
        String badDate = xml.replaceFirst("<lastmod>[^<]+</lastmod>", "<lastmod>yesterday</lastmod>");
        assertThrows(org.xml.sax.SAXException.class, () -> validate(badDate));
    }
}
