package org.cxrtriage.imaging;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a column, for pictures drawn with Java2D. Paragraphs (line breaks in the
 * text) are kept; lines break between words, and a word wider than the column (a long file name, a UID) is broken
 * between characters, so no line ever runs past the column edge.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, FontMetrics fm, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (fm.stringWidth(rest) > width) {
                    int cut = fit(rest, fm, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest prefix of {@code text} that fits {@code width} followed by {@code suffix} (at least 1 char). */
    static String fitWith(String text, String suffix, FontMetrics fm, int width) {
        int end = text.length();
        while (end > 1 && fm.stringWidth(text.substring(0, end) + suffix) > width) {
            end--;
        }
        return text.substring(0, end) + suffix;
    }

    private static int fit(String word, FontMetrics fm, int width) {
        int end = 1;
        while (end < word.length() && fm.stringWidth(word.substring(0, end + 1)) <= width) {
            end++;
        }
        return end;
    }
}
