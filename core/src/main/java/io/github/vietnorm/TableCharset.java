package io.github.vietnorm;

import io.github.vietnorm.dictionaries.CodePage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** A table-driven legacy charset (TCVN3, VNI, VISCII, VPS) for {@link VietnameseCharsetProvider}. */
final class TableCharset extends Charset {
    private final CodePage page;

    TableCharset(VietnameseEncoding encoding, String[] aliases) {
        super(encoding.charsetName(), aliases);
        this.page = CodePages.of(encoding);
    }

    @Override
    public boolean contains(Charset cs) {
        return cs == this || cs == StandardCharsets.US_ASCII;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this, page);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this, page);
    }

    private static final class Decoder extends CharsetDecoder {
        private final CodePage page;
        private int pending = -1; // a byte that may begin a pair, waiting for the next one

        Decoder(Charset cs, CodePage page) {
            super(cs, 1.0f, 1.0f);
            this.page = page;
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (in.hasRemaining()) {
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                int b = in.get() & 0xFF;
                if (pending >= 0) {
                    int c = page.decodePair(pending, b);
                    if (c >= 0) {
                        out.put((char) c);
                        pending = -1;
                        continue;
                    }
                    out.put(page.decode(pending));
                    pending = -1;
                    if (!out.hasRemaining()) {
                        in.position(in.position() - 1);
                        return CoderResult.OVERFLOW;
                    }
                }
                if (page.startsPair(b)) {
                    pending = b;
                } else {
                    out.put(page.decode(b));
                }
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected CoderResult implFlush(CharBuffer out) {
            if (pending >= 0) {
                if (!out.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                out.put(page.decode(pending));
                pending = -1;
            }
            return CoderResult.UNDERFLOW;
        }

        @Override
        protected void implReset() {
            pending = -1;
        }
    }

    private static final class Encoder extends CharsetEncoder {
        private final CodePage page;

        Encoder(Charset cs, CodePage page) {
            super(cs, 1.1f, 2.0f, new byte[] {'?'});
            this.page = page;
        }

        @Override
        public boolean canEncode(char c) {
            return page.encode(c) != CodePage.UNMAPPABLE;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                char c = in.get();
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c)) {
                        if (!in.hasRemaining()) {
                            in.position(in.position() - 1);
                            return CoderResult.UNDERFLOW;
                        }
                        if (Character.isLowSurrogate(in.get(in.position()))) {
                            in.position(in.position() - 1);
                            return CoderResult.unmappableForLength(2);
                        }
                    }
                    in.position(in.position() - 1);
                    return CoderResult.malformedForLength(1);
                }
                int e = page.encode(c);
                if (e == CodePage.UNMAPPABLE) {
                    in.position(in.position() - 1);
                    return CoderResult.unmappableForLength(1);
                }
                int n = e > 0xFF ? 2 : 1;
                if (out.remaining() < n) {
                    in.position(in.position() - 1);
                    return CoderResult.OVERFLOW;
                }
                if (n == 2) {
                    out.put((byte) (e >> 8));
                }
                out.put((byte) e);
            }
            return CoderResult.UNDERFLOW;
        }
    }
}
