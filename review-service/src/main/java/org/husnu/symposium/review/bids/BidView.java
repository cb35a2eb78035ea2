package org.husnu.symposium.review.bids;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.reviewers.Bid;

/**
 * An abstract as a reviewer sees it for bidding. In blind review {@code authors} is empty
 * and nothing else names or places an author.
 *
 * @param id the abstract id
 * @param number its number
 * @param title its title
 * @param primaryTopic the primary topic area code
 * @param secondaryTopics other topic area codes
 * @param keywords keywords
 * @param text the abstract's text
 * @param authors the authors, empty in blind review
 * @param blind whether authors are hidden
 * @param bid the reviewer's bid from -2 to 2, {@code null} before they bid
 */
record BidView(UUID id, String number, String title, String primaryTopic, List<String> secondaryTopics,
		List<String> keywords, String text, List<AuthorView> authors, boolean blind, Integer bid) {

	static BidView of(AbstractSubmission submission, boolean showAuthors, Bid bid) {
		List<AuthorView> authors = (showAuthors) ? submission.authors()
			.stream()
			.map((author) -> new AuthorView(author.name(), author.affiliation(), author.institution()))
			.toList() : List.of();
		return new BidView(submission.id(), submission.number(), submission.title(), submission.primaryTopic(),
				submission.secondaryTopics(), submission.keywords(), submission.text(), authors, !showAuthors,
				(bid != null) ? bid.level().preference() : null);
	}

	/**
	 * An author, shown only when review is not blind; no e-mail address in any mode.
	 *
	 * @param name the name
	 * @param affiliation department or lab
	 * @param institution institution code
	 */
	record AuthorView(String name, String affiliation, String institution) {
	}

}
