package org.planpress.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What the {@link PlanDetector} found in one plan: the header, the body as a flat list of blocks (headings included)
 * and notes about what it recognised or could not place. The {@link AsciiDocWriter} writes it.
 */
public final class ImportedPlan {

    /** A part of the body. */
    public sealed interface Block permits Heading, Para, ItemList, Table, Roster, Timeline {
        int line();
    }

    /** A section heading: level 1 is {@code ==}, 2 is {@code ===}. The text keeps the plan's numbering. */
    public record Heading(int level, String text, int line) implements Block {
    }

    public record Para(String text, int line) implements Block {
    }

    /** A list; each item keeps its numbering as written ("1.", "（1）"). */
    public record ItemList(List<String> items, List<String> markers, int line) implements Block {
    }

    public record Table(List<List<String>> rows, int line) implements Block {
    }

    /** A role of the leading group; {@code source} is the input line it was read from, when it was one line. */
    public record RoleLine(String label, String people, int line, String source) {
        public RoleLine(String label, String people, int line) {
            this(label, people, line, null);
        }
    }

    public record Roster(List<RoleLine> roles, int line) implements Block {
    }

    public record StageLine(String label, String period, int line) {
    }

    public record Timeline(List<StageLine> stages, int line) implements Block {
    }

    /** A message about a line of the input. */
    public record Note(int line, String message) {
    }

    String title;
    int titleLine;
    String issuer;
    String date; // ISO yyyy-mm-dd, or yyyy-mm, or null
    String number;
    Integer year;
    String lang = "en";
    final List<Block> blocks = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    /** The body text of the input (every paragraph that is plan text), for the sentence count. */
    final List<String> bodyText = new ArrayList<>();

    public String title() {
        return title;
    }

    public String issuer() {
        return issuer;
    }

    public String date() {
        return date;
    }

    public String number() {
        return number;
    }

    public Integer year() {
        return year;
    }

    public String lang() {
        return lang;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<String> bodyText() {
        return bodyText;
    }

    public int sections() {
        return (int) blocks.stream().filter(b -> b instanceof Heading).count();
    }

    public List<RoleLine> roles() {
        List<RoleLine> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Roster r) out.addAll(r.roles());
        return out;
    }

    public List<StageLine> stages() {
        List<StageLine> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Timeline t) out.addAll(t.stages());
        return out;
    }

    void note(int line, String message) {
        notes.add(new Note(line, message));
    }
}
