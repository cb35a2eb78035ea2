package org.husnu.symposium.core.affinity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bilingual glossary: concepts of medicine and medical AI with their English,
 * Japanese and Korean terms ({@code glossary.tsv}). Each term is analysed like any text,
 * and a run of analysed tokens that spells a term stands for its concept too, so "深層学習",
 * "딥러닝" and "deep learning" share the concept {@code deep_learning}. It can only connect
 * what it lists: see docs/affinity.md.
 */
final class Glossary {

	static final String RESOURCE = "glossary.tsv";

	private static final String SEPARATOR = "\u0001";

	private final Map<String, String> conceptByPhrase;

	private final int longestPhrase;

	private final int concepts;

	private Glossary(Map<String, String> conceptByPhrase, int longestPhrase, int concepts) {
		this.conceptByPhrase = conceptByPhrase;
		this.longestPhrase = longestPhrase;
		this.concepts = concepts;
	}

	/**
	 * Reads the glossary shipped with this package.
	 * @param analyse the analysis a term goes through (the same as for texts)
	 * @return the glossary
	 */
	static Glossary load(Function<String, List<LanguageAnalyzers.Token>> analyse) {
		try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The affinity glossary " + RESOURCE + " is missing");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), analyse);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Glossary read(BufferedReader reader, Function<String, List<LanguageAnalyzers.Token>> analyse)
			throws IOException {
		Map<String, String> conceptByPhrase = new HashMap<>();
		int longest = 0;
		int concepts = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			String concept = columns[0].strip();
			concepts++;
			for (int column = 1; column < columns.length; column++) {
				for (String term : columns[column].split("\\|")) {
					if (term.isBlank()) {
						continue;
					}
					List<LanguageAnalyzers.Token> tokens = analyse.apply(term.strip());
					if (tokens.isEmpty()) {
						continue;
					}
					conceptByPhrase.putIfAbsent(key(tokens, 0, tokens.size()), concept);
					longest = Math.max(longest, tokens.size());
				}
			}
		}
		return new Glossary(conceptByPhrase, longest, concepts);
	}

	/**
	 * The concepts a token sequence mentions: at each position the longest phrase of the
	 * glossary that starts there, then on after it.
	 * @param tokens the analysed tokens of a text
	 * @return the matches, in order
	 */
	List<Match> matches(List<LanguageAnalyzers.Token> tokens) {
		List<Match> matches = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			int matched = 0;
			for (int length = Math.min(this.longestPhrase, tokens.size() - i); length >= 1; length--) {
				if (!contiguous(tokens, i, length)) {
					continue;
				}
				String concept = this.conceptByPhrase.get(key(tokens, i, i + length));
				if (concept != null) {
					matches.add(new Match(concept, i, i + length));
					matched = length;
					break;
				}
			}
			i += Math.max(1, matched);
		}
		return matches;
	}

	int size() {
		return this.concepts;
	}

	/**
	 * Whether the tokens follow each other in the text (a removed stop word in between
	 * breaks a phrase, so "cancer of the lung" is not "lung cancer"; a change of script
	 * does not, so "CT画像" may spell a term).
	 */
	private static boolean contiguous(List<LanguageAnalyzers.Token> tokens, int from, int length) {
		for (int k = from + 1; k < from + length; k++) {
			int gap = tokens.get(k).position() - tokens.get(k - 1).position();
			if (gap != 1 && tokens.get(k).language() == tokens.get(k - 1).language()) {
				return false;
			}
		}
		return true;
	}

	private static String key(List<LanguageAnalyzers.Token> tokens, int from, int to) {
		StringBuilder key = new StringBuilder();
		for (int k = from; k < to; k++) {
			if (k > from) {
				key.append(SEPARATOR);
			}
			key.append(tokens.get(k).term());
		}
		return key.toString();
	}

	/**
	 * A concept found in a text.
	 *
	 * @param concept the concept id
	 * @param from index of the first token of the phrase
	 * @param to index after its last token
	 */
	record Match(String concept, int from, int to) {
	}

}
