package org.husnu.symposium.core.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;

/**
 * The comments authors may read with a released decision: the comments to the authors of
 * the submitted reviews, anonymised as "Reviewer 1", "Reviewer 2"… in the order the
 * reviews were submitted. Drafts, confidential comments and reviewers' identities never
 * pass through here, so the mail and submission-service's pages cannot show them.
 */
public final class AuthorComments {

	private AuthorComments() {
	}

	/**
	 * The comments to the authors of an abstract's reviews.
	 * @param reviews the abstract's reviews, in any order and any status
	 * @return the non-empty comments of the submitted reviews, numbered from 1
	 */
	public static List<Comment> of(Collection<Review> reviews) {
		List<Review> submitted = reviews.stream()
			.filter((review) -> review.status() == ReviewStatus.SUBMITTED)
			.filter((review) -> review.commentsToAuthors() != null && !review.commentsToAuthors().isBlank())
			.sorted(Comparator.comparing(Review::submittedAt).thenComparing(Review::id))
			.toList();
		List<Comment> comments = new ArrayList<>();
		for (Review review : submitted) {
			int number = comments.size() + 1;
			comments.add(new Comment(number, "Reviewer " + number, review.commentsToAuthors().strip()));
		}
		return List.copyOf(comments);
	}

	/**
	 * One reviewer's comment to the authors.
	 *
	 * @param number the reviewer's number on this abstract, from 1
	 * @param reviewer "Reviewer n", the only name an author sees
	 * @param text the comment
	 */
	public record Comment(int number, String reviewer, String text) {
	}

}
