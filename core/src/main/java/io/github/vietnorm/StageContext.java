package io.github.vietnorm;

/**
 * Per-call state shared by the stages of one {@link VietnameseNormalizer} call. Not thread-safe;
 * one instance per call.
 */
final class StageContext {
    // Later stages cache per-text analyses (protected spans, …) here.
}
