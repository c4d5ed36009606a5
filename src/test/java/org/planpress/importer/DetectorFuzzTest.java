package org.planpress.importer;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Paragraph soup of plan fragments: the detector and writer never throw and never hang. */
class DetectorFuzzTest {
    private static final String[] BITS = {"一、", "（二）", "3.", "(4)", "⑤", "第六章", "VII.", "1.2", "First,", "The second stage:", "Phase 3:",
            "组长：", "副组长：", "成员：", "Group leader:", "Members:", "张三", "李四（副县长）", "Wang Wu", "(Director)", "县长", "Deputy Mayor",
            "（5月下旬）", "(June)", "（2013年5月20日—6月30日）", "before May 10", "2013年5月20日", "May 20, 2014", "二〇一五年二月", "。", ".", "；",
            "：", "，", "、", "?", " ", "　", "阶段", "stage", "附件：", "抄送：", "印发", "某政办〔2013〕12号", "关于印发《某方案》的通知", "现将《某方案》印发给你们",
            "《", "》", "((", "::", "*", "**", "{x}", "|", "<<", "方案", "plan", "成立以县长张三为组长的领导小组", "led by Ann Lee", "由王五任组长", "\t", "—",
            // 2 December: bare labels, dash role lines, 一是, periods first, after a comma, contacts, schedule words
            "成员：", "Chairperson – ", "一是", "二是", "First, ", "January–March: ", "，时间为6月1日至8月31日。", "（汛期）", "（不定期）",
            "13800001111", "电话：", "时间", "工作内容", "汛期", "开学第一周", "放假前一周", "Other members are ", "chaired by "};

    @Test
    void noExceptionNoHang() {
        Random r = new Random(19);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 400; round++) {
                List<Paragraph> ps = new ArrayList<>();
                int n = 1 + r.nextInt(40);
                for (int i = 0; i < n; i++) {
                    if (r.nextInt(15) == 0) {
                        List<List<String>> rows = new ArrayList<>();
                        int cols = 1 + r.nextInt(4);
                        for (int k = 0; k < 1 + r.nextInt(4); k++) {
                            List<String> row = new ArrayList<>();
                            for (int c = 0; c < cols; c++) row.add(BITS[r.nextInt(BITS.length)]);
                            rows.add(row);
                        }
                        ps.add(Paragraph.table(rows, i + 1));
                        continue;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < 1 + r.nextInt(8); k++) sb.append(BITS[r.nextInt(BITS.length)]);
                    ps.add(new Paragraph(sb.toString(), r.nextInt(4), r.nextBoolean(), r.nextInt(5) == 0, null, i + 1));
                }
                for (ImportedPlan p : new PlanDetector().detect(ps, r.nextBoolean())) {
                    String adoc = new AsciiDocWriter().write(p, "fallback");
                    assertTrue(adoc.startsWith("= "));
                    Importer.report(p);
                }
            }
        });
    }

    @Test
    void readersTurnGarbageIntoOneLineErrors() throws Exception {
        Random r = new Random(23);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("pp-garbage");
        for (String ext : new String[] {"docx", "doc", "pdf", "html", "txt", "md"}) {
            for (int k = 0; k < 5; k++) {
                byte[] b = new byte[1 + r.nextInt(3000)];
                r.nextBytes(b);
                if (k == 1 && ext.equals("pdf")) System.arraycopy("%PDF-1.4\n".getBytes(), 0, b, 0, Math.min(9, b.length));
                if (k == 1 && ext.equals("docx")) System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, b, 0, Math.min(4, b.length));
                java.nio.file.Path f = java.nio.file.Files.write(dir.resolve("g" + k + "." + ext), b);
                try {
                    new Importer().read(f, true);
                } catch (ImportException e) {
                    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
                }
            }
        }
    }
}
