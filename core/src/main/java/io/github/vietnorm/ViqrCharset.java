package io.github.vietnorm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** VIQR (RFC 1456) as a {@link Charset}, for {@link VietnameseCharsetProvider}. */
final class ViqrCharset extends Charset {

    ViqrCharset() {
        super("VIQR", new String[] {"csVIQR", "x-VIQR"});
    }

    @Override
    public boolean contains(Charset cs) {
        return cs == this;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new Decoder(this);
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new Encoder(this);
    }

    private static final class Decoder extends CharsetDecoder {
        private final Viqr.Decoder state = new Viqr.Decoder();
        private final StringBuilder buf = new StringBuilder(4);
        private int bufPos;

        Decoder(Charset cs) {
            super(cs, 1.0f, 2.0f);
        }

        private boolean drain(CharBuffer out) {
            while (bufPos < buf.length()) {
                if (!out.hasRemaining()) {
                    return false;
                }
                out.put(buf.charAt(bufPos++));
            }
            buf.setLength(0);
            bufPos = 0;
            return true;
        }

        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            while (true) {
                if (!drain(out)) {
                    return CoderResult.OVERFLOW;
                }
                if (!in.hasRemaining()) {
                    return CoderResult.UNDERFLOW;
                }
                state.accept((char) (in.get() & 0xFF), buf);
            }
        }

        @Override
        protected CoderResult implFlush(CharBuffer out) {
            if (bufPos >= buf.length()) {
                buf.setLength(0);
                bufPos = 0;
                state.flush(buf);
            }
            return drain(out) ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
        }

        @Override
        protected void implReset() {
            state.reset();
            buf.setLength(0);
            bufPos = 0;
        }
    }

    /**
     * Encodes input up to its last whitespace at each call (VIQR's escapes depend on the characters
     * around them) and the rest at flush.
     */
    private static final class Encoder extends CharsetEncoder {
        private final StringBuilder held = new StringBuilder();
        private final StringBuilder scratch = new StringBuilder();
        private char open;
        private byte[] pendingOut = new byte[0];
        private int pendingPos;

        Encoder(Charset cs) {
            super(cs, 1.5f, 6.0f, new byte[] {'?'});
        }

        @Override
        public boolean canEncode(char c) {
            return c < 0x80 || c == 'đ' || c == 'Đ' || Viqr.decode(Viqr.encode(String.valueOf(c))).equals(
                    Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFC));
        }

        private boolean drain(ByteBuffer out) {
            while (pendingPos < pendingOut.length) {
                if (!out.hasRemaining()) {
                    return false;
                }
                out.put(pendingOut[pendingPos++]);
            }
            return true;
        }

        @Override
        protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            if (!drain(out)) {
                return CoderResult.OVERFLOW;
            }
            while (in.hasRemaining()) {
                held.append(in.get());
            }
            // encode up to the last whitespace (which ends every mark sequence); keep the rest, as the
            // next buffer may continue the word (marks of a decomposed letter, a second d)
            int keep = held.length();
            while (keep > 0 && !Character.isWhitespace(held.charAt(keep - 1))) {
                keep--;
            }
            if (keep == 0 && held.length() > 4096) {
                keep = held.length() - 8;
                if (Character.isLowSurrogate(held.charAt(keep))) {
                    keep--;
                }
            }
            String chunk = held.substring(0, keep);
            held.delete(0, keep);
            emit(chunk);
            return drain(out) ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
        }

        private void emit(String chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            scratch.setLength(0);
            open = Viqr.encode(chunk, scratch, open);
            byte[] b = scratch.toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] merged = new byte[pendingOut.length - pendingPos + b.length];
            System.arraycopy(pendingOut, pendingPos, merged, 0, pendingOut.length - pendingPos);
            System.arraycopy(b, 0, merged, pendingOut.length - pendingPos, b.length);
            pendingOut = merged;
            pendingPos = 0;
        }

        @Override
        protected CoderResult implFlush(ByteBuffer out) {
            String rest = held.toString();
            held.setLength(0);
            emit(rest);
            return drain(out) ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
        }

        @Override
        protected void implReset() {
            held.setLength(0);
            open = 0;
            pendingOut = new byte[0];
            pendingPos = 0;
        }
    }
}
