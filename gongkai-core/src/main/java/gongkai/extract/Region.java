package gongkai.extract;

import java.util.List;

/** The stretch of document text a section spans (the whole text when its heading was not found). */
record Region(int start, int end) {

    static Region of(DocumentText text, List<SectionHit> hits, String sectionKey) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).key().equals(sectionKey)) {
                int end = i + 1 < hits.size() ? hits.get(i + 1).start() : text.text().length();
                return new Region(hits.get(i).start(), end);
            }
        }
        return new Region(0, text.text().length());
    }

    String text(DocumentText text) {
        return text.text().substring(start, end);
    }

    int firstBlock(DocumentText text) {
        return text.blockAt(start);
    }

    int lastBlock(DocumentText text) {
        return text.blockAt(Math.max(start, end - 1));
    }
}
