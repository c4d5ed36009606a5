package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.planpress.model.Person;
import org.planpress.roster.RosterParser;

/** Issue 18: every roster form the authoring guide lists is read without an error. */
class AuthoringGuideRosterTest {

    @Test
    void everyRosterFormInTheGuideIsRead() throws Exception {
        String text = Files.readString(AuthoringGuideTest.guide());
        String table = text.substring(text.indexOf("=== Roster forms as plans write them"));
        table = table.substring(table.indexOf("|===") + 4);
        table = table.substring(0, table.indexOf("|==="));
        Pattern code = Pattern.compile("`([^`]+)`");
        List<String> forms = new ArrayList<>();
        for (String row : table.split("\n")) {
            if (!row.startsWith("|`")) continue;
            Matcher m = code.matcher(row.substring(1, row.indexOf(" |")));
            while (m.find()) forms.add(m.group(1));
        }
        assertTrue(forms.size() > 30, "forms: " + forms);
        for (String f : forms) {
            int colons = f.indexOf("::");
            if (colons >= 0) {
                String label = f.substring(0, colons);
                String people = f.substring(colons + 2).strip();
                RosterParser.parseRole(label, people.equals("...") ? "张三" : people);
            } else {
                assertTrue(!RosterParser.parsePeople(f).isEmpty(), f);
            }
        }
        assertEquals("组长", RosterParser.parseRole("组  长", "张三").title());
        assertEquals(List.of(new Person("李卫国", "副市长")), RosterParser.parsePeople("李卫国 副市长"));
        assertEquals(List.of(Person.group("全体班主任")), RosterParser.parsePeople("全体班主任"));
    }
}
