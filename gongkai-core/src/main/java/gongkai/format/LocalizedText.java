package gongkai.format;

/** A message in Chinese and English. */
public record LocalizedText(String zh, String en) {
    public String in(String lang) {
        return "en".equals(lang) && en != null ? en : zh;
    }
}
