package dev.skillpulse.core.text;

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
        char[] buf = html.toCharArray();
        int n = clean(buf, buf.length);
        return new String(buf, 0, n);
    }

    /** True when {@code text} contains {@code <} or {@code &} (cheap, vectorised check). */
    public static boolean mayHaveMarkup(String text) {
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0;
    }

    /**
     * Cleans {@code buf[0..n)} in place and returns the new length (never more than {@code n}).
     */
    public static int clean(char[] buf, int n) {
        int w = 0;
        int r = 0;
        boolean noCloseAhead = false;
        while (r < n) {
            // Copy the run of plain text up to the next '<' or '&' in one go.
            int q = r;
            while (q < n && buf[q] != '<' && buf[q] != '&') {
                q++;
            }
            if (q > r) {
                if (w != r) {
                    System.arraycopy(buf, r, buf, w, q - r);
                }
                w += q - r;
                r = q;
                if (r >= n) {
                    break;
                }
            }
            char c = buf[r];
            if (c == '<' && !noCloseAhead && r + 1 < n && isTagStart(buf[r + 1])) {
                if (startsWith(buf, r, n, "<!--")) {
                    int end = indexOf(buf, "-->", r + 4, n);
                    r = end < 0 ? n : end + 3;
                    continue;
                }
                int gt = indexOf(buf, '>', r + 1, n);
                if (gt < 0) {
                    noCloseAhead = true;
                    buf[w++] = c;
                    r++;
                    continue;
                }
                int p = r + 1;
                boolean closing = buf[p] == '/';
                if (closing) {
                    p++;
                }
                int nameStart = p;
                while (p < gt && isAsciiAlnum(buf[p])) {
                    p++;
                }
                int nameLen = p - nameStart;
                if (!closing && (nameIs(buf, nameStart, nameLen, "script") || nameIs(buf, nameStart, nameLen, "style"))) {
                    String end = nameLen == 6 ? "</script" : "</style";
                    int close = indexOfIgnoreCase(buf, end, gt + 1, n);
                    int closeGt = close < 0 ? -1 : indexOf(buf, '>', close, n);
                    r = closeGt < 0 ? n : closeGt + 1;
                    w = space(buf, w, ' ');
                    continue;
                }
                if (isBlock(buf, nameStart, nameLen)) {
                    w = space(buf, w, '\n');
                } else if (!isFormatting(buf, nameStart, nameLen)) {
                    w = space(buf, w, ' ');
                }
                r = gt + 1;
                continue;
            }
            if (c == '&') {
                int semi = -1;
                int limit = Math.min(n, r + 12);
                for (int p = r + 1; p < limit; p++) {
                    char d = buf[p];
                    if (d == ';') {
                        semi = p;
                        break;
                    }
                    if (!isAsciiAlnum(d) && d != '#') {
                        break;
                    }
                }
                if (semi > r + 1) {
                    int cp = decode(buf, r + 1, semi);
                    if (cp >= 0) {
                        if (cp >= 0x10000) {
                            buf[w++] = Character.highSurrogate(cp);
                            buf[w++] = Character.lowSurrogate(cp);
                        } else {
                            buf[w++] = (char) cp;
                        }
                        r = semi + 1;
                        continue;
                    }
                }
            }
            buf[w++] = c;
            r++;
        }
        return w;
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

    private static int decode(char[] b, int from, int to) {
        if (b[from] == '#') {
            int cp = 0;
            boolean hex = from + 1 < to && (b[from + 1] == 'x' || b[from + 1] == 'X');
            int p = hex ? from + 2 : from + 1;
            if (p >= to || to - p > 7) {
                return -1;
            }
            for (; p < to; p++) {
                int d = Character.digit(b[p], hex ? 16 : 10);
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
        switch (new String(b, from, to - from)) {
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

    private static final String[] BLOCK = {"br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3",
        "h4", "h5", "h6", "table", "tbody", "thead", "section", "article", "header", "footer", "hr", "dd", "dt", "dl",
        "blockquote", "pre", "body", "html", "head", "title", "nav", "main", "aside", "form", "option"};
    private static final String[] FORMATTING = {"b", "i", "u", "em", "strong", "span", "a", "font", "small", "sup",
        "sub", "mark", "code", "abbr", "s", "strike", "big", "tt"};

    private static boolean isBlock(char[] b, int from, int len) {
        return anyName(b, from, len, BLOCK);
    }

    private static boolean isFormatting(char[] b, int from, int len) {
        return anyName(b, from, len, FORMATTING);
    }

    private static boolean anyName(char[] b, int from, int len, String[] names) {
        for (String name : names) {
            if (nameIs(b, from, len, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameIs(char[] b, int from, int len, String name) {
        if (len != name.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if ((b[from + i] | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] b, int at, int n, String s) {
        if (at + s.length() > n) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] b, char c, int from, int n) {
        for (int i = from; i < n; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(char[] b, String s, int from, int n) {
        for (int i = from; i + s.length() <= n; i++) {
            if (b[i] == s.charAt(0) && startsWith(b, i, n, s)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(char[] b, String s, int from, int n) {
        for (int i = from; i + s.length() <= n; i++) {
            if (b[i] == '<' && nameIs(b, i + 2, s.length() - 2, s.substring(2)) && b[i + 1] == '/') {
                return i;
            }
        }
        return -1;
    }
}
