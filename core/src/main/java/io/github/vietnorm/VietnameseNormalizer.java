package io.github.vietnorm;

import io.github.vietnorm.dictionaries.Abbreviations;
import io.github.vietnorm.dictionaries.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cleans Vietnamese text: legacy encodings, Unicode damage, tone-mark placement, run-together
 * words and, on request, abbreviations. Made by a {@link Builder}; immutable and thread-safe, so
 * one instance can be shared by every thread of an application.
 *
 * <pre>{@code
 * VietnameseNormalizer n = VietnameseNormalizer.builder()
 *         .toneStyle(ToneStyle.TRADITIONAL)
 *         .build();
 * n.normalize("Ho\u0302\u0300 Chi\u0301 Minh");          // "Hồ Chí Minh"
 * Normalized r = n.normalizeWithEdits(text);             // text + edits + offset map
 * }</pre>
 *
 * <p>Like ICU's {@code Normalizer2}, text that needs no change is returned as the same
 * {@code String} instance, without allocating memory proportional to its length. Any string is
 * accepted, including lone surrogates and control characters: the normalizer never throws on
 * content.
 */
public final class VietnameseNormalizer {
    private final ToneStyle toneStyle;
    private final boolean repairLegacyEncodings;
    private final boolean splitRunTogetherWords;
    private final boolean expandAbbreviations;
    private final AbbreviationMode abbreviationMode;
    private final Abbreviations abbreviations; // null: the standard dictionary
    private final Stage[] stages;
    /** The first stage when legacy repair is on: it decides per document, so it sees the whole text. */
    private final Stage legacy;
    /** The line-local stages: run only on the stretches {@link #quick} cannot prove clean. */
    private final WhitespaceAndInvisibles whitespace = new WhitespaceAndInvisibles();
    private final UnicodeComposition unicode = new UnicodeComposition();
    private final RunTogetherSplitting spacing; // null when off
    /** The last stage when expansion is on (whole text). */
    private final Stage expansion;
    private final QuickCheck quick;
    /** The tone stage, run again on a stretch the spacing stage split. */
    private final TonePlacement tone;

    private VietnameseNormalizer(Builder b) {
        this.toneStyle = b.toneStyle;
        this.repairLegacyEncodings = b.repairLegacyEncodings;
        this.splitRunTogetherWords = b.splitRunTogetherWords;
        this.expandAbbreviations = b.expandAbbreviations;
        this.abbreviationMode = b.abbreviationMode;
        this.abbreviations = b.abbreviations;
        List<Stage> list = new ArrayList<>();
        // 1. legacy encodings: first, as TCVN3's ư is the soft-hyphen byte stage 2 would strip
        this.tone = new TonePlacement(toneStyle);
        this.spacing = splitRunTogetherWords ? new RunTogetherSplitting(LexiconSplitChooser.STANDARD) : null;
        // (it judges a line it would leave as the line stages will leave it: the stages of stretch())
        this.legacy = !repairLegacyEncodings ? null : spacing == null ? new LegacyEncodingRepair(whitespace, unicode, tone)
                : new LegacyEncodingRepair(whitespace, unicode, tone, spacing, tone);
        // 2. Unicode
        List<Stage> lines = new ArrayList<>();
        lines.add(whitespace);
        lines.add(unicode);
        // 3. protected spans: scanned on demand, once per text, through StageContext
        // 4. syllables: tone-mark placement
        lines.add(tone);
        // 5. spacing
        if (spacing != null) {
            lines.add(spacing);
        }
        this.quick = new QuickCheck(toneStyle, tone, spacing);
        // 6. abbreviations (last, off by default)
        this.expansion = expandAbbreviations ? new AbbreviationExpansion(abbreviations(), abbreviationMode) : null;
        if (legacy != null) {
            list.add(legacy);
        }
        list.addAll(lines);
        if (expansion != null) {
            list.add(expansion);
        }
        this.stages = list.toArray(new Stage[0]);
    }

    /** A builder with the defaults: traditional tone style, legacy repair and spacing on, expansion off. */
    public static Builder builder() {
        return new Builder();
    }

    /** A normalizer with the default settings. */
    public static VietnameseNormalizer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VietnameseNormalizer STANDARD = builder().build();
    }

    /**
     * Normalizes {@code text}.
     *
     * @return the normalized text; {@code text} itself when nothing needed to change
     */
    public String normalize(String text) {
        return run(text, false).current;
    }

    /** Normalizes {@code text} and reports every edit and the offset map. */
    public Normalized normalizeWithEdits(String text) {
        Steps steps = run(text, true);
        return new Normalized(text, steps.current, steps.edits);
    }

    /** The pipeline: legacy repair over the whole text, the line-local stages stretch by stretch, expansion. */
    private Steps run(String text, boolean record) {
        Objects.requireNonNull(text, "text");
        Steps steps = new Steps(text, record, new StageContext());
        if (legacy != null) {
            steps.apply(legacy);
        }
        List<Edit> lineEdits = record ? new ArrayList<>() : null;
        steps.set(lineByLine(steps.current, steps.context, lineEdits), lineEdits);
        if (expansion != null) {
            steps.apply(expansion);
        }
        return steps;
    }

    /**
     * Runs the line-local stages over each stretch of {@code s} that {@link QuickCheck} cannot prove
     * clean (a dirty spot with a few syllables of context, cut where no stage looks across); the
     * rest is copied as it is (or not at all: clean text comes back as the same instance). With
     * {@code edits} non-null, the edits are added to it in {@code s}'s coordinates.
     */
    private String lineByLine(String s, StageContext context, List<Edit> edits) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int start = 0;
        int[] window = new int[4];
        boolean lastDirty = false;
        // clean lines are skipped by the one-table scan, many in one call; after a dirty line the
        // next goes straight to the exact scan (damaged text is dirty line after line)
        while (lastDirty || (start = quick.firstDirtyLine(s, start, n)) < n) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int pos = start;
            lastDirty = false;
            while (pos < end && quick.exactWindow(s, pos, end, window)) {
                lastDirty = true;
                int from = window[0];
                int to = window[1];
                String piece = from == 0 && to == n ? s : s.substring(from, to);
                String fixed = stretch(piece, context, edits, from, window[3]);
                if (fixed != piece) {
                    if (from == 0 && to == n) {
                        return fixed;
                    }
                    if (out == null) {
                        out = new StringBuilder(n + 64);
                    }
                    out.append(s, copied, from).append(fixed);
                    copied = to;
                }
                pos = window[2];
            }
            if (end == n) {
                break;
            }
            start = end + 1;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, n).toString();
    }

    /**
     * The line-local stages over one stretch, in order: whitespace, Unicode, tone, spacing (and
     * tone again after a split, which can free a syllable whose mark the style puts elsewhere:
     * {@code yÒa} → {@code y Òa}). Once {@link #quick} finds the stretch clean, the remaining stages
     * would change nothing and are skipped (an NBSP or a decomposed word needs no syllable work
     * once fixed); a stretch whose dirty spots only the spacing stage acts on ({@code needs}, from
     * {@link QuickCheck#exactWindow}) starts there. With {@code edits} non-null, the edits are
     * added in the coordinates of the text the stretch starts at {@code offset} of.
     */
    private String stretch(String text, StageContext context, List<Edit> edits, int offset, int needs) {
        // the stretch is dirty to begin with: a check is worth its pass only after a stage changed it
        Steps steps = new Steps(text, edits != null, context);
        if (needs == QuickCheck.SPACING_ONLY) {
            // a run-together word, glued punctuation: the stages before spacing would change nothing here
            if (spacing != null && steps.apply(spacing)) {
                steps.apply(tone);
            }
        } else {
            boolean changed = steps.apply(whitespace) | steps.apply(unicode);
            if (!changed || !steps.clean()) {
                changed = steps.apply(tone);
                if (spacing != null && (!changed || !steps.clean()) && steps.apply(spacing)) {
                    steps.apply(tone);
                }
            }
        }
        if (edits != null) {
            for (Edit e : steps.edits) {
                edits.add(offset == 0 ? e : new Edit(e.start() + offset, e.end() + offset, e.replacement(), e.reasons()));
            }
        }
        return steps.current;
    }

    /** The text (whole, or one stretch) as the stages rewrite it, with the composed edits when asked. */
    private final class Steps {
        String current;
        List<Edit> edits = List.of();
        private final boolean record;
        final StageContext context;

        Steps(String text, boolean record, StageContext context) {
            this.current = text;
            this.record = record;
            this.context = context;
        }

        /**
         * Whether the stretch is proved clean by the one-table scan alone. It answers as the exact
         * scan would (but for punctuation glued to a letter at the very start, which it leaves to
         * the stages), so asking the exact scan after it would only ask the same runs again.
         */
        boolean clean() {
            return quick.provedClean(current, 0, current.length());
        }

        /** Applies one stage; returns whether it changed the text. */
        boolean apply(Stage stage) {
            TextRewriter out = new TextRewriter(current, record);
            stage.apply(current, out, context);
            return set(out.result(), out.edits());
        }

        /** Takes {@code next}, made from the current text by {@code nextEdits} (in its coordinates); returns whether it changed. */
        boolean set(String next, List<Edit> nextEdits) {
            if (next == current) {
                return false;
            }
            if (record) {
                edits = EditLog.compose(edits, current, nextEdits);
            }
            current = next;
            return true;
        }
    }

    /** The stages, in pipeline order (for the benchmarks, which time each stage alone). */
    Stage[] stages() {
        return stages.clone();
    }

    /** The tone style this normalizer writes. */
    public ToneStyle toneStyle() {
        return toneStyle;
    }

    /** Whether legacy encodings and mojibake are repaired. */
    public boolean repairsLegacyEncodings() {
        return repairLegacyEncodings;
    }

    /** Whether run-together words and missing spaces are fixed. */
    public boolean splitsRunTogetherWords() {
        return splitRunTogetherWords;
    }

    /** Whether abbreviations are expanded. */
    public boolean expandsAbbreviations() {
        return expandAbbreviations;
    }

    /** How expanded abbreviations are written. */
    public AbbreviationMode abbreviationMode() {
        return abbreviationMode;
    }

    /** The abbreviation dictionary used when expanding (the standard one unless the builder set another). */
    public Abbreviations abbreviations() {
        return abbreviations == null ? Abbreviations.standard() : abbreviations;
    }

    /** A builder initialised with this normalizer's settings. */
    public Builder toBuilder() {
        return new Builder()
                .toneStyle(toneStyle)
                .repairLegacyEncodings(repairLegacyEncodings)
                .splitRunTogetherWords(splitRunTogetherWords)
                .expandAbbreviations(expandAbbreviations)
                .abbreviationMode(abbreviationMode)
                .abbreviationsOrStandard(abbreviations);
    }

    @Override
    public String toString() {
        return "VietnameseNormalizer[toneStyle=" + toneStyle + ", repairLegacyEncodings=" + repairLegacyEncodings
                + ", splitRunTogetherWords=" + splitRunTogetherWords + ", expandAbbreviations=" + expandAbbreviations + ", abbreviationMode=" + abbreviationMode + "]";
    }

    /**
     * Configures a {@link VietnameseNormalizer}. Not thread-safe; {@link #build()} validates and
     * produces an immutable normalizer, and the builder can be reused afterwards.
     */
    public static final class Builder {
        private ToneStyle toneStyle = ToneStyle.TRADITIONAL;
        private boolean repairLegacyEncodings = true;
        private boolean splitRunTogetherWords = true;
        private boolean expandAbbreviations = false;
        private AbbreviationMode abbreviationMode = AbbreviationMode.REPLACE;
        private Abbreviations abbreviations;

        private Builder() {
        }

        /** Where tone marks go in {@code oa, oe, uy}; default {@link ToneStyle#TRADITIONAL}. */
        public Builder toneStyle(ToneStyle style) {
            this.toneStyle = Objects.requireNonNull(style, "style");
            return this;
        }

        /** Repair TCVN3/VNI/VISCII/VPS/CP1258/VIQR text and mojibake found in strings; default on. */
        public Builder repairLegacyEncodings(boolean on) {
            this.repairLegacyEncodings = on;
            return this;
        }

        /** Split run-together words and add missing spaces; default on. */
        public Builder splitRunTogetherWords(boolean on) {
            this.splitRunTogetherWords = on;
            return this;
        }

        /** Expand abbreviations from the dictionary where context allows; default off. */
        public Builder expandAbbreviations(boolean on) {
            this.expandAbbreviations = on;
            return this;
        }

        /**
         * How expanded abbreviations are written: {@link AbbreviationMode#REPLACE} (default,
         * {@code Ủy ban nhân dân}) or {@link AbbreviationMode#KEEP_BOTH} ({@code Ủy ban nhân dân (UBND)}).
         */
        public Builder abbreviationMode(AbbreviationMode mode) {
            this.abbreviationMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The abbreviation dictionary to expand from; default {@link Abbreviations#standard()}. To add
         * entries to the standard ones:
         * {@code .abbreviations(Abbreviations.standard().withOverrides(Abbreviations.load(path)))}.
         */
        public Builder abbreviations(Abbreviations dictionary) {
            this.abbreviations = Objects.requireNonNull(dictionary, "dictionary");
            return this;
        }

        private Builder abbreviationsOrStandard(Abbreviations dictionary) {
            this.abbreviations = dictionary;
            return this;
        }

        /** Builds an immutable, thread-safe normalizer. */
        public VietnameseNormalizer build() {
            return new VietnameseNormalizer(this);
        }
    }
}
