package de.mosaik.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readability figures of a German text (German or Einfache Sprache), computed locally: average sentence length,
 * share of long words, the German Flesch reading ease after Amstad and the first Wiener Sachtextformel, and the
 * sentences longer than a limit. Syllables are counted as groups of vowels (a diphthong such as "ei" is one
 * group), which is the usual approximation for German and good enough for a figure an editor compares with the
 * last one. Markdown markup is ignored; list items, headings and paragraphs end a sentence.
 */
public final class Readability {

    /** Sentences longer than this many words are flagged in German text. */
    public static final int GERMAN_SENTENCE_LIMIT = 25;

    /** Sentences longer than this many words are flagged in Einfache Sprache. */
    public static final int EINFACH_SENTENCE_LIMIT = 15;

    /** A word with more letters than this is a long word (the Wiener Sachtextformel's measure). */
    public static final int LONG_WORD_LETTERS = 6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-·'’][\\p{L}\\p{N}]+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouyäöü]+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|[-*+]\\s+|\\d+[.)]\\s+|>\\s*)");
    private static final Pattern BLOCK_BREAK =
            Pattern.compile("\\n\\s*\\n|\\n(?=\\s{0,3}(?:#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s))");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("^[^\\s]*?[.!?]+[\"“”»«)]*$");

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z", "b", "d", "h", "u", "a", "ca", "bzw", "usw", "nr", "str", "vgl", "ggf", "evtl", "inkl", "bspw", "dr",
            "prof", "tel", "hr", "fr", "geb", "s", "o", "e", "v", "etc");

    private Readability() {}

    /** The figures of {@code text}, flagging sentences with more than {@code sentenceLimit} words. */
    public static Figures of(String text, int sentenceLimit) {
        var sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        int longWords = 0;
        int polysyllables = 0;
        int monosyllables = 0;
        var tooLong = new ArrayList<LongSentence>();
        for (var sentence : sentences) {
            for (var word : sentence.words()) {
                words++;
                int s = syllables(word);
                syllables += s;
                if (letters(word) > LONG_WORD_LETTERS) {
                    longWords++;
                }
                if (s >= 3) {
                    polysyllables++;
                }
                if (s == 1) {
                    monosyllables++;
                }
            }
            if (sentence.words().size() > sentenceLimit) {
                tooLong.add(new LongSentence(sentence.text(), sentence.words().size()));
            }
        }
        if (words == 0) {
            return Figures.EMPTY;
        }
        double sentenceLength = (double) words / sentences.size();
        double syllablesPerWord = (double) syllables / words;
        double longShare = 100.0 * longWords / words;
        double polyShare = 100.0 * polysyllables / words;
        double monoShare = 100.0 * monosyllables / words;
        double amstad = 180 - sentenceLength - 58.5 * syllablesPerWord;
        double wiener = 0.1935 * polyShare + 0.1672 * sentenceLength + 0.1297 * longShare - 0.0327 * monoShare - 0.875;
        return new Figures(sentences.size(), words, sentenceLength, longShare, amstad, wiener, sentenceLimit, tooLong);
    }

    /** The number of words of {@code text}, markup not counted: what a translator is paid by. */
    public static int wordCount(String text) {
        return (int) WORD.matcher(plain(text)).results().count();
    }

    /** The syllables of one word, at least one. */
    static int syllables(String word) {
        var count = (int)
                VOWEL_GROUP.matcher(word.toLowerCase(Locale.GERMAN)).results().count();
        return Math.max(1, count);
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    private record Sentence(String text, List<String> words) {}

    private static List<Sentence> sentences(String text) {
        var result = new ArrayList<Sentence>();
        for (var block : BLOCK_BREAK.split(text.replace("\r\n", "\n"))) {
            var tokens = plain(block).trim().split("\\s+");
            var current = new StringBuilder();
            var words = new ArrayList<String>();
            for (int i = 0; i < tokens.length; i++) {
                var token = tokens[i];
                if (token.isEmpty()) {
                    continue;
                }
                current.append(current.isEmpty() ? "" : " ").append(token);
                WORD.matcher(token).results().forEach(m -> words.add(m.group()));
                boolean last = i == tokens.length - 1;
                if (last || endsSentence(token, i + 1 < tokens.length ? tokens[i + 1] : "")) {
                    if (!words.isEmpty()) {
                        result.add(new Sentence(current.toString(), List.copyOf(words)));
                    }
                    current.setLength(0);
                    words.clear();
                }
            }
        }
        return result;
    }

    /** A full stop after an abbreviation or an ordinal number ("1. Mai") does not end a sentence. */
    private static boolean endsSentence(String token, String next) {
        if (!ENDS_SENTENCE.matcher(token).matches()) {
            return false;
        }
        if (token.endsWith("!") || token.endsWith("?")) {
            return true;
        }
        var bare = token.replaceAll("[.\"“”»«)]+$", "").toLowerCase(Locale.GERMAN);
        var lastPart = bare.substring(bare.lastIndexOf('.') + 1);
        if (ABBREVIATIONS.contains(lastPart) || bare.contains(".")) {
            return false;
        }
        return !(lastPart.chars().allMatch(Character::isDigit) && !next.isEmpty() && !lastPart.isEmpty());
    }

    /** The text without Markdown markup: link targets, emphasis, heading and list marks. */
    private static String plain(String text) {
        var withoutLinks = LINK.matcher(text).replaceAll("$1");
        return MARKUP.matcher(withoutLinks).replaceAll("").replaceAll("[*_`~]", "");
    }

    /** A sentence over the limit, with its word count. */
    public record LongSentence(String text, int words) {}

    /**
     * The figures of one text. {@code fleschAmstad}: 0 (very hard) to 100 (very easy), higher is easier;
     * {@code wienerSachtext}: roughly the school year needed, 4 (easy) to 15 (very hard), lower is easier.
     */
    public record Figures(
            int sentences,
            int words,
            double averageSentenceLength,
            double longWordPercent,
            double fleschAmstad,
            double wienerSachtext,
            int sentenceLimit,
            List<LongSentence> longSentences) {

        static final Figures EMPTY = new Figures(0, 0, 0, 0, 0, 0, 0, List.of());

        public Figures {
            longSentences = List.copyOf(longSentences);
        }

        public boolean empty() {
            return words == 0;
        }
    }
}
