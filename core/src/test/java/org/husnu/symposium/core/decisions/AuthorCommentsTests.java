package org.husnu.symposium.core.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorCommentsTests {

	private static final UUID ABSTRACT = UUID.randomUUID();

	@Test
	void numbersTheSubmittedReviewsCommentsInTheOrderTheyWereSubmitted() {
		Review late = submitted("Second opinion", "chairs only B", "2027-02-12T00:00:00Z");
		Review early = submitted("  First opinion  ", "chairs only A", "2027-02-10T00:00:00Z");
		assertThat(AuthorComments.of(List.of(late, early))).containsExactly(
				new AuthorComments.Comment(1, "Reviewer 1", "First opinion"),
				new AuthorComments.Comment(2, "Reviewer 2", "Second opinion"));
	}

	@Test
	void leavesOutDraftsEmptyCommentsAndEveryConfidentialComment() {
		Instant at = Instant.parse("2027-02-10T00:00:00Z");
		Review draft = new Review(null, ABSTRACT, UUID.randomUUID(), Map.of(), null, null, "draft text", "secret",
				ReviewStatus.DRAFT, at, null, null);
		Review silent = submitted(" ", "only for the chairs", "2027-02-11T00:00:00Z");
		Review spoken = submitted("Clear and useful", "borderline", "2027-02-12T00:00:00Z");
		List<AuthorComments.Comment> comments = AuthorComments.of(List.of(draft, silent, spoken));
		assertThat(comments).containsExactly(new AuthorComments.Comment(1, "Reviewer 1", "Clear and useful"));
		assertThat(comments.toString()).doesNotContain("draft text", "secret", "only for the chairs", "borderline",
				spoken.reviewerId().toString());
	}

	private static Review submitted(String toAuthors, String confidential, String at) {
		Instant when = Instant.parse(at);
		return new Review(null, ABSTRACT, UUID.randomUUID(), Map.of("originality", 3), 3, Recommendation.ACCEPT_POSTER,
				toAuthors, confidential, ReviewStatus.SUBMITTED, when, when, null);
	}

}
