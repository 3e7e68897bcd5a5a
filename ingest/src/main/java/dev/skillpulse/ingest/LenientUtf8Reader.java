package dev.skillpulse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 as it streams, skipping a leading byte-order mark. Bytes that are not valid UTF-8 (a Latin-1 or
 * Windows-1252 file, or a few such lines in a UTF-8 file) are decoded one by one as Windows-1252, so mixed files
 * lose no record. UTF-16 input is refused with a clear message.
 */
final class LenientUtf8Reader extends Reader {
    private static final char[] SINGLE_BYTE = singleByteTable();

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean eof;
    private boolean started;
    private long fallbackBytes;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    /** How many bytes so far were not UTF-8 and were read as Windows-1252. */
    long fallbackBytes() {
        return fallbackBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            // Refill only while nothing is decoded yet, so a read error never loses characters already decoded.
            if (!eof && bytes.remaining() < 8) {
                fill();
            }
            if (!started) {
                started = true;
                skipByteOrderMark();
            }
            if (!bytes.hasRemaining() && eof) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                for (int i = 0; i < result.length() && out.hasRemaining(); i++) {
                    out.put(SINGLE_BYTE[bytes.get() & 0xff]);
                    fallbackBytes++;
                }
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void skipByteOrderMark() throws IOException {
        while (!eof && bytes.remaining() < 3) {
            fill();
        }
        int b0 = bytes.remaining() > 0 ? bytes.get(0) & 0xff : -1;
        int b1 = bytes.remaining() > 1 ? bytes.get(1) & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && bytes.remaining() > 2 && (bytes.get(2) & 0xff) == 0xBF) {
            bytes.position(3);
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new IOException("the file is UTF-16 (byte-order mark " + Integer.toHexString(b0)
                    + Integer.toHexString(b1) + "): save it as UTF-8");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static char[] singleByteTable() {
        Charset cp1252 = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            table[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return table;
    }
}
