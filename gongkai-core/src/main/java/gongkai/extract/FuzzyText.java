package gongkai.extract;

/**
 * Finding a phrase in text that OCR may have garbled: the phrase counts as present where three quarters of its
 * characters stand in order within a stretch half as long again as the phrase (a phrase of four characters or
 * fewer must stand whole). Linear in the text for a phrase of fixed length.
 */
final class FuzzyText {
    private static final double SHARE = 0.75;
    private static final double STRETCH = 1.5;

    private FuzzyText() {
    }

    static boolean nearlyContains(String text, String phrase) {
        int n = phrase.length();
        if (n == 0) {
            return true;
        }
        int needed = n <= 4 ? n : (int) Math.ceil(SHARE * n);
        int window = (int) Math.ceil(STRETCH * n);
        for (int start = 0; start < text.length(); start++) {
            if (phrase.indexOf(text.charAt(start)) >= 0 && inOrder(text, start, Math.min(text.length(), start + window),
                    phrase) >= needed) {
                return true;
            }
        }
        return false;
    }

    /** How many of the phrase's characters stand in order in text[from, to) (greedy, from the phrase's start). */
    private static int inOrder(String text, int from, int to, String phrase) {
        int best = 0;
        for (int skip = 0; skip < phrase.length() && phrase.length() - skip > best; skip++) {
            int matched = 0;
            int at = skip;
            for (int i = from; i < to && at < phrase.length(); i++) {
                int found = phrase.indexOf(text.charAt(i), at);
                if (found >= 0 && found - at <= 2) {
                    matched++;
                    at = found + 1;
                }
            }
            best = Math.max(best, matched);
        }
        return best;
    }
}
