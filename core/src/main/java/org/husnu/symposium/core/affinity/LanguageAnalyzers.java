package org.husnu.symposium.core.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lucene's analyzers, one per language: English (standard tokenizer, possessives, lower
 * case, ASCII folding, a stop list of function words and academic boilerplate, Porter
 * stemming), Japanese (kuromoji in search mode with base forms, part-of-speech and stop
 * filters) and Korean (nori with part-of-speech filter). Lucene analyzers are thread-safe
 * (each thread reuses its own token stream).
 */
final class LanguageAnalyzers {

	/**
	 * Function words and words every abstract uses (TPMS filters a similar list), so they
	 * neither match nor dilute.
	 */
	private static final List<String> ENGLISH_STOP_WORDS = List.of("a", "about", "above", "after", "again", "against",
			"all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
			"below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
			"each", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
			"herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
			"just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now",
			"of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
			"shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
			"themselves", "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under",
			"until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether",
			"which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "yet", "you", "your",
			"yours", "e.g", "i.e", "et", "al", "paper", "propose", "proposed", "present", "show", "shows", "shown",
			"study", "result", "results", "approach", "method", "methods", "use", "used", "using", "based", "new",
			"novel", "work", "well", "first", "two", "one", "three", "many", "several", "different", "existing",
			"furthermore", "moreover", "significantly", "significant", "demonstrate", "achieve", "achieves", "provide",
			"provides", "introduce", "able", "given", "often", "respectively");

	private final Analyzer english;

	private final Analyzer japanese;

	private final Analyzer korean;

	LanguageAnalyzers() {
		CharArraySet stopWords = new CharArraySet(ENGLISH_STOP_WORDS, true);
		this.english = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new EnglishPossessiveFilter(source);
				result = new LowerCaseFilter(result);
				result = new ASCIIFoldingFilter(result);
				result = new StopFilter(result, stopWords);
				result = new PorterStemFilter(result);
				return new TokenStreamComponents(source, result);
			}
		};
		this.japanese = new JapaneseAnalyzer();
		this.korean = new KoreanAnalyzer();
	}

	/**
	 * The tokens of one run of text, with offsets into the whole text.
	 * @param text the whole text
	 * @param run the run to analyse
	 * @param firstPosition the position of the run's first token in the whole text
	 * @param into where the tokens are added
	 * @return the position after the run's last token
	 */
	int tokens(String text, ScriptRun run, int firstPosition, List<Token> into) {
		Analyzer analyzer = switch (run.language()) {
			case ENGLISH -> this.english;
			case JAPANESE -> this.japanese;
			case KOREAN -> this.korean;
		};
		int position = firstPosition - 1;
		try (TokenStream stream = analyzer.tokenStream("text", text.substring(run.start(), run.end()))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				position += Math.max(1, increment.getPositionIncrement());
				String value = term.toString();
				if (!informative(value)) {
					continue;
				}
				int start = run.start() + offset.startOffset();
				int end = run.start() + offset.endOffset();
				into.add(new Token(value, start, Math.min(end, text.length()), position, run.language()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return position + 2;
	}

	/**
	 * Whether a token carries meaning: not a bare number, not a single Latin letter.
	 */
	private static boolean informative(String value) {
		if (value.length() == 1 && value.charAt(0) < 0x80) {
			return false;
		}
		return !value.chars().allMatch((c) -> Character.isDigit(c) || c == '.' || c == ',');
	}

	/**
	 * One analysed token.
	 *
	 * @param term the analysed form (stem, base form)
	 * @param start offset of its first character in the text
	 * @param end offset after its last character
	 * @param position its position in the text (gaps where stop words were)
	 * @param language the language it was analysed as
	 */
	record Token(String term, int start, int end, int position, AffinityLanguage language) {
	}

}
