package dev.skillpulse.core.text;

import java.util.Arrays;

/**
 * HTML to plain text in one pass, in place: tags are dropped (block tags such as {@code <br>}, {@code <p>},
 * {@code <li>} become a newline, other non-formatting tags a space), {@code <script>}, {@code <style>} and comments
 * are dropped with their content, and character references ({@code &amp;}, {@code &#x27;}, {@code &nbsp;}, ...)
 * are decoded. Text that has no markup comes out unchanged. Never throws, and runs in time linear in the input:
 * a {@code <} with no {@code >} after it, or an unknown {@code &name;}, is kept as text.
 */
public final class HtmlText {
    private HtmlText() {
    }

    /** The text of {@code html}; the same string when it contains neither {@code <} nor {@code &}. */
    public static String toText(String html) {
        if (html == null) {
            return "";
        }
        if (!mayHaveMarkup(html)) {
            return html;
        }
        char[] buf = new char[html.length()];
        int n = clean(html, buf);
        return new String(buf, 0, n);
    }

    /** True when {@code text} contains {@code <} or {@code &} (cheap, vectorised check). */
    public static boolean mayHaveMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
    }

    /**
     * Writes the text of {@code src} to {@code out} (at least {@code src.length()} long) and returns its length
     * (never more than {@code src.length()}). Runs of plain text are found with {@link String#indexOf(int, int)}
     * (vectorised) and copied in bulk; only markup is looked at char by char.
     */
    public static int clean(String src, char[] out) {
        final int n = src.length();
        int w = 0;
        int r = 0;
        int nextLt = -1;
        int nextAmp = -1;
        boolean noCloseAhead = false;
        while (r < n) {
            if (nextLt < r && nextLt != n) {
                nextLt = indexOrEnd(src, '<', r);
            }
            if (nextAmp < r && nextAmp != n) {
                nextAmp = indexOrEnd(src, '&', r);
            }
            int q = Math.min(nextLt, nextAmp);
            if (q > r) {
                src.getChars(r, q, out, w);
                w += q - r;
                r = q;
                if (r >= n) {
                    break;
                }
            }
            char c = src.charAt(r);
            if (c == '<' && !noCloseAhead && r + 1 < n && isTagStart(src.charAt(r + 1))) {
                if (src.startsWith("<!--", r)) {
                    int end = src.indexOf("-->", r + 4);
                    r = end < 0 ? n : end + 3;
                    continue;
                }
                int gt = src.indexOf('>', r + 1);
                if (gt < 0) {
                    noCloseAhead = true;
                    out[w++] = c;
                    r++;
                    continue;
                }
                int p = r + 1;
                boolean closing = src.charAt(p) == '/';
                if (closing) {
                    p++;
                }
                int nameStart = p;
                while (p < gt && isAsciiAlnum(src.charAt(p))) {
                    p++;
                }
                int nameLen = p - nameStart;
                long name = nameKey(src, nameStart, nameLen);
                if (!closing && (name == SCRIPT || name == STYLE)) {
                    String end = nameLen == 6 ? "</script" : "</style";
                    int close = indexOfIgnoreCase(src, end, gt + 1);
                    int closeGt = close < 0 ? -1 : src.indexOf('>', close);
                    r = closeGt < 0 ? n : closeGt + 1;
                    w = space(out, w, ' ');
                    continue;
                }
                if (Arrays.binarySearch(BLOCK, name) >= 0) {
                    w = space(out, w, '\n');
                } else if (Arrays.binarySearch(FORMATTING, name) < 0) {
                    w = space(out, w, ' ');
                }
                r = gt + 1;
                continue;
            }
            if (c == '&') {
                int semi = -1;
                int limit = Math.min(n, r + 12);
                for (int p = r + 1; p < limit; p++) {
                    char d = src.charAt(p);
                    if (d == ';') {
                        semi = p;
                        break;
                    }
                    if (!isAsciiAlnum(d) && d != '#') {
                        break;
                    }
                }
                if (semi > r + 1) {
                    int cp = decode(src, r + 1, semi);
                    if (cp >= 0) {
                        if (cp >= 0x10000) {
                            out[w++] = Character.highSurrogate(cp);
                            out[w++] = Character.lowSurrogate(cp);
                        } else {
                            out[w++] = (char) cp;
                        }
                        r = semi + 1;
                        continue;
                    }
                }
            }
            out[w++] = c;
            r++;
        }
        return w;
    }

    private static int indexOrEnd(String s, char c, int from) {
        int i = s.indexOf(c, from);
        return i < 0 ? s.length() : i;
    }

    private static int space(char[] buf, int w, char sep) {
        if (w > 0 && (buf[w - 1] == '\n' || (buf[w - 1] == ' ' && sep == ' '))) {
            return w;
        }
        if (w > 0 && buf[w - 1] == ' ' && sep == '\n') {
            buf[w - 1] = '\n';
            return w;
        }
        buf[w] = sep;
        return w + 1;
    }

    private static int decode(String b, int from, int to) {
        if (b.charAt(from) == '#') {
            int cp = 0;
            boolean hex = from + 1 < to && (b.charAt(from + 1) == 'x' || b.charAt(from + 1) == 'X');
            int p = hex ? from + 2 : from + 1;
            if (p >= to || to - p > 7) {
                return -1;
            }
            for (; p < to; p++) {
                int d = Character.digit(b.charAt(p), hex ? 16 : 10);
                if (d < 0) {
                    return -1;
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return -1;
            }
            return cp;
        }
        switch (b.substring(from, to)) {
            case "amp": return '&';
            case "lt": return '<';
            case "gt": return '>';
            case "quot": return '"';
            case "apos": return '\'';
            case "nbsp": case "ensp": case "emsp": case "thinsp": return ' ';
            case "ndash": return '\u2013';
            case "mdash": return '\u2014';
            case "rsquo": case "lsquo": return '\'';
            case "rdquo": case "ldquo": return '"';
            case "hellip": return '\u2026';
            case "bull": case "middot": return '\u2022';
            case "copy": return '\u00A9';
            case "reg": return '\u00AE';
            case "trade": return '\u2122';
            case "shy": return '\u00AD';
            default: return -1;
        }
    }

    private static boolean isTagStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Tag names as {@link #nameKey}s, sorted. */
    private static final long[] BLOCK = keys("br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3",
        "h4", "h5", "h6", "table", "tbody", "thead", "section", "article", "header", "footer", "hr", "dd", "dt", "dl",
        "blockquote", "pre", "body", "html", "head", "title", "nav", "main", "aside", "form", "option");
    private static final long[] FORMATTING = keys("b", "i", "u", "em", "strong", "span", "a", "font", "small", "sup",
        "sub", "mark", "code", "abbr", "s", "strike", "big", "tt");
    private static final long SCRIPT = keys("script")[0];
    private static final long STYLE = keys("style")[0];

    private static long[] keys(String... names) {
        long[] keys = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = nameKey(names[i], 0, names[i].length());
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * An ASCII letter/digit name of 1 to 10 chars, case folded and packed 6 bits a char into one long (letters
     * 1-26, digits 27-36, so no two names share a key); -1 for any other length.
     */
    private static long nameKey(String b, int from, int len) {
        if (len == 0 || len > 10) {
            return -1;
        }
        long key = 0;
        for (int i = 0; i < len; i++) {
            int c = b.charAt(from + i) | 0x20;
            key = key << 6 | (c >= 'a' ? c - 'a' + 1 : c - '0' + 27);
        }
        return key;
    }

    private static boolean nameIs(String b, int from, int len, String name) {
        if (len != name.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((b.charAt(from + i) | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfIgnoreCase(String b, String s, int from) {
        String name = s.substring(2);
        for (int i = b.indexOf('<', from); i >= 0 && i + s.length() <= b.length(); i = b.indexOf('<', i + 1)) {
            if (nameIs(b, i + 2, s.length() - 2, name) && b.charAt(i + 1) == '/') {
                return i;
            }
        }
        return -1;
    }
}
