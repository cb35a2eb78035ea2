package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a text in English, Japanese, Korean or a mix of them into an
 * {@link AnalysedText}: each run of one script through its language's Lucene analyzer,
 * then the glossary's concepts and the pairs of adjacent English words as extra terms.
 * Thread-safe; one shared instance is enough ({@link #shared()}), because building one
 * loads the dictionaries and the glossary.
 */
public final class AffinityAnalyzer {

	private static final String CONCEPT_PREFIX = "§";

	private static volatile AffinityAnalyzer shared;

	private final LanguageAnalyzers analyzers;

	private final Glossary glossary;

	private AffinityAnalyzer() {
		this.analyzers = new LanguageAnalyzers();
		this.glossary = Glossary.load(this::tokens);
	}

	/**
	 * The analyzer with the shipped glossary.
	 * @return the shared instance
	 */
	public static AffinityAnalyzer shared() {
		AffinityAnalyzer instance = shared;
		if (instance == null) {
			synchronized (AffinityAnalyzer.class) {
				instance = shared;
				if (instance == null) {
					instance = new AffinityAnalyzer();
					shared = instance;
				}
			}
		}
		return instance;
	}

	/**
	 * How many concepts the glossary has.
	 * @return the number of concepts
	 */
	public int glossaryConcepts() {
		return this.glossary.size();
	}

	/**
	 * Analyses a text.
	 * @param text the text, may be {@code null} or blank
	 * @return its terms
	 */
	public AnalysedText analyse(String text) {
		if (text == null || text.isBlank()) {
			return AnalysedText.EMPTY;
		}
		List<LanguageAnalyzers.Token> tokens = tokens(text);
		Map<Long, Entry> entries = new TreeMap<>();
		for (LanguageAnalyzers.Token token : tokens) {
			add(entries, token.term(), TermKind.WORD, text.substring(token.start(), token.end()));
		}
		for (int i = 1; i < tokens.size(); i++) {
			LanguageAnalyzers.Token previous = tokens.get(i - 1);
			LanguageAnalyzers.Token token = tokens.get(i);
			if (token.language() == AffinityLanguage.ENGLISH && previous.language() == AffinityLanguage.ENGLISH
					&& token.position() == previous.position() + 1) {
				add(entries, previous.term() + " " + token.term(), TermKind.BIGRAM,
						text.substring(previous.start(), token.end()));
			}
		}
		for (Glossary.Match match : this.glossary.matches(tokens)) {
			add(entries, CONCEPT_PREFIX + match.concept(), TermKind.CONCEPT,
					text.substring(tokens.get(match.from()).start(), tokens.get(match.to() - 1).end()));
		}
		int size = entries.size();
		long[] terms = new long[size];
		int[] counts = new int[size];
		TermKind[] kinds = new TermKind[size];
		String[] displays = new String[size];
		int i = 0;
		for (Map.Entry<Long, Entry> entry : entries.entrySet()) {
			terms[i] = entry.getKey();
			counts[i] = entry.getValue().count;
			kinds[i] = entry.getValue().kind;
			displays[i] = entry.getValue().display;
			i++;
		}
		return new AnalysedText(terms, counts, kinds, displays, tokens.size());
	}

	/**
	 * The analysed tokens of a text, run by run.
	 * @param text the text
	 * @return the tokens in order
	 */
	List<LanguageAnalyzers.Token> tokens(String text) {
		List<LanguageAnalyzers.Token> tokens = new ArrayList<>();
		int position = 0;
		for (ScriptRun run : ScriptRun.of(text)) {
			position = this.analyzers.tokens(text, run, position, tokens);
		}
		return tokens;
	}

	/**
	 * The id an analysed word has in {@link AnalysedText} (for tests).
	 */
	static long wordId(String term) {
		return TermIds.of(term);
	}

	static long conceptId(String concept) {
		return TermIds.of(CONCEPT_PREFIX + concept);
	}

	private static void add(Map<Long, Entry> entries, String term, TermKind kind, String display) {
		Entry entry = entries.computeIfAbsent(TermIds.of(term), (id) -> new Entry(kind, display.strip()));
		entry.count++;
	}

	private static final class Entry {

		private final TermKind kind;

		private final String display;

		private int count;

		Entry(TermKind kind, String display) {
			this.kind = kind;
			this.display = display;
		}

	}

}
