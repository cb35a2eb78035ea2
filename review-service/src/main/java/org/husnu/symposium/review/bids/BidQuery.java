package org.husnu.symposium.review.bids;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;

/**
 * What a reviewer looks for on the bid list: words that must all occur in the number,
 * title, keywords or text (compared after NFKC folding and lower-casing, as substrings,
 * so Japanese and Korean words match without a tokenizer), a topic area (primary or
 * secondary), and whether only abstracts without their bid are shown. It filters the
 * abstracts the reviewer may bid on, so a conflicted abstract is never found nor counted.
 *
 * @param words the search words, empty for all
 * @param topic a topic area code, {@code null} for all
 * @param unbidOnly only abstracts without the reviewer's bid
 */
record BidQuery(List<String> words, String topic, boolean unbidOnly) {

	/** The longest search text accepted. */
	static final int MAX_QUERY = 200;

	static final BidQuery ALL = new BidQuery(List.of(), null, false);

	BidQuery {
		words = List.copyOf(words);
		topic = (topic != null && !topic.isBlank()) ? topic.strip().toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * A query from request parameters.
	 * @param text the search text, may be {@code null}
	 * @param topic the topic area code, may be {@code null} or blank
	 * @param unbidOnly only abstracts without the reviewer's bid
	 * @return the query
	 * @throws DomainRuleException {@code bids.query} for a search text over 200
	 * characters
	 */
	static BidQuery of(String text, String topic, boolean unbidOnly) {
		String folded = (text != null) ? fold(text) : "";
		DomainRuleException.require(folded.length() <= MAX_QUERY, "bids.query",
				"Search with at most " + MAX_QUERY + " characters; a few distinctive words find an abstract best");
		List<String> words = Arrays.stream(folded.split("\\s+")).filter((word) -> !word.isEmpty()).toList();
		return new BidQuery(words, topic, unbidOnly);
	}

	boolean isFiltered() {
		return !this.words.isEmpty() || this.topic != null || this.unbidOnly;
	}

	boolean matches(AbstractSubmission submission, boolean hasBid) {
		if (this.unbidOnly && hasBid) {
			return false;
		}
		if (this.topic != null && !submission.topics().contains(this.topic)) {
			return false;
		}
		if (this.words.isEmpty()) {
			return true;
		}
		String haystack = fold(String.join(" ", submission.number(), submission.title(),
				String.join(" ", submission.keywords()), (submission.text() != null) ? submission.text() : ""));
		return this.words.stream().allMatch(haystack::contains);
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

}
