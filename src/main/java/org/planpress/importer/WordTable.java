package org.planpress.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table's cells as a reader sees them, on the table's grid: a cell merged down (w:vMerge) repeats its text in
 * the rows it spans ("成员" beside each member), a cell spanning columns (w:gridSpan) is followed by empty cells so
 * the columns after it stay in place, and the cells a row skips (w:gridBefore) are empty.
 */
final class WordTable {

    private WordTable() {
    }

    static List<List<String>> rows(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>(); // the text of the merged cell that starts above, by grid column
        for (XWPFTableRow r : t.getRows()) {
            List<String> cells = new ArrayList<>();
            int before = gridBefore(r);
            for (int k = 0; k < before; k++) cells.add("");
            for (XWPFTableCell c : r.getTableCells()) {
                int col = cells.size();
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
                String text = Text.strip(c.getText());
                if (pr != null && pr.getVMerge() != null) {
                    boolean restart = pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART;
                    if (restart) above.put(col, text);
                    else if (text.isEmpty()) text = above.getOrDefault(col, "");
                } else {
                    above.remove(col);
                }
                cells.add(text);
                for (int k = 1; k < span; k++) cells.add("");
            }
            rows.add(cells);
        }
        return rows;
    }

    private static int gridBefore(XWPFTableRow r) {
        CTTrPr pr = r.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) return 0;
        return Math.max(0, Math.min(64, pr.getGridBeforeArray(0).getVal().intValue()));
    }
}
