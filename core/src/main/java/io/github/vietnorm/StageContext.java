package io.github.vietnorm;

/**
 * Per-call state shared by the stages of one {@link VietnameseNormalizer} call. Not thread-safe;
 * one instance per call.
 */
final class StageContext {
    private String spansText;
    private ProtectedSpans spans;

    /**
     * The protected spans of {@code text}, scanned at most once per {@code String} instance: every
     * stage that sees the same text (no stage in between changed it) shares one scan.
     */
    ProtectedSpans protectedSpans(String text) {
        if (text != spansText) {
            spans = ProtectedSpans.scan(text);
            spansText = text;
        }
        return spans;
    }
}
