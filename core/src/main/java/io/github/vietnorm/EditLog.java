package io.github.vietnorm;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes the edits of successive stages into one list of edits against the original text.
 *
 * <p>Invariant: {@code apply(original, composed) == current}. When a stage changes text that an
 * earlier stage produced, the two edits are merged into one that covers both original ranges, so
 * the composed list stays sorted, non-overlapping and exact.
 */
final class EditLog {
    private EditLog() {
    }

    /**
     * @param old     edits against the original text, giving {@code current}
     * @param current the text before this stage
     * @param next    this stage's edits, against {@code current}
     * @return edits against the original text giving the stage's output
     */
    static List<Edit> compose(List<Edit> old, String current, List<Edit> next) {
        if (old.isEmpty()) {
            return next;
        }
        if (next.isEmpty()) {
            return old;
        }
        List<Edit> result = new ArrayList<>(old.size() + next.size());
        int oi = 0;
        int ni = 0;
        long delta = 0; // current position minus original position, before old[oi]
        while (oi < old.size() || ni < next.size()) {
            int oldStart = oi < old.size() ? (int) (old.get(oi).start() + delta) : Integer.MAX_VALUE;
            int newStart = ni < next.size() ? next.get(ni).start() : Integer.MAX_VALUE;
            // a group of mutually conflicting edits, in current coordinates [gs, ge)
            int gs;
            int ge;
            int firstOld = oi;
            int firstNew = ni;
            if (oldStart <= newStart) {
                Edit o = old.get(oi++);
                gs = oldStart;
                ge = oldStart + o.replacement().length();
            } else {
                Edit n = next.get(ni++);
                gs = n.start();
                ge = n.end();
            }
            long deltaBefore = delta;
            long deltaAfter = delta;
            if (oi > firstOld) {
                deltaAfter += lengthChange(old.get(firstOld));
            }
            boolean absorbed = true;
            while (absorbed) {
                absorbed = false;
                if (oi < old.size()) {
                    Edit o = old.get(oi);
                    int cs = (int) (o.start() + deltaAfter);
                    int ce = cs + o.replacement().length();
                    if (conflicts(gs, ge, cs, ce)) {
                        ge = Math.max(ge, ce);
                        gs = Math.min(gs, cs);
                        deltaAfter += lengthChange(o);
                        oi++;
                        absorbed = true;
                    }
                }
                if (ni < next.size()) {
                    Edit n = next.get(ni);
                    if (conflicts(gs, ge, n.start(), n.end())) {
                        ge = Math.max(ge, n.end());
                        gs = Math.min(gs, n.start());
                        ni++;
                        absorbed = true;
                    }
                }
            }
            delta = deltaAfter;
            int oldCount = oi - firstOld;
            int newCount = ni - firstNew;
            if (newCount == 0) {
                result.add(old.get(firstOld)); // untouched by this stage
                continue;
            }
            int origStart;
            int origEnd;
            if (oldCount > 0 && (int) (old.get(firstOld).start() + deltaBefore) == gs) {
                origStart = old.get(firstOld).start();
            } else {
                origStart = (int) (gs - deltaBefore);
            }
            Edit lastOld = oldCount > 0 ? old.get(oi - 1) : null;
            if (lastOld != null
                    && (int) (lastOld.start() + deltaAfter - lengthChange(lastOld)) + lastOld.replacement().length() == ge) {
                origEnd = lastOld.end();
            } else {
                origEnd = (int) (ge - deltaAfter);
            }
            StringBuilder repl = new StringBuilder();
            int pos = gs;
            List<EditReason> reasons = new ArrayList<>(2);
            for (int k = firstOld; k < oi; k++) {
                addReasons(reasons, old.get(k).reasons());
            }
            for (int k = firstNew; k < ni; k++) {
                Edit n = next.get(k);
                repl.append(current, pos, n.start()).append(n.replacement());
                pos = n.end();
                addReasons(reasons, n.reasons());
            }
            repl.append(current, pos, ge);
            result.add(new Edit(origStart, origEnd, repl.toString(), reasons));
        }
        return result;
    }

    private static void addReasons(List<EditReason> into, List<EditReason> reasons) {
        for (EditReason r : reasons) {
            if (!into.contains(r)) {
                into.add(r);
            }
        }
    }

    private static long lengthChange(Edit e) {
        return (long) e.replacement().length() - (e.end() - e.start());
    }

    /** Whether two ranges overlap, or touch where one of them is empty. */
    private static boolean conflicts(int s1, int e1, int s2, int e2) {
        if (s1 < e2 && s2 < e1) {
            return true;
        }
        return (s1 == e1 || s2 == e2) && s1 <= e2 && s2 <= e1;
    }

    /** Applies edits to a text (used by tests and by the CLI's checks). */
    static String apply(String original, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(original.length());
        int pos = 0;
        for (Edit e : edits) {
            sb.append(original, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        return sb.append(original, pos, original.length()).toString();
    }
}
