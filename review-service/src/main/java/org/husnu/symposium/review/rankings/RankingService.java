package org.husnu.symposium.review.rankings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.scoring.Scores;
import org.husnu.symposium.core.scoring.Scoring;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Ranks the abstracts by core's {@link Scoring} of every submitted review, for the chairs
 * only ({@link AccessPolicy#mayRankAbstracts}); anyone else is refused (403) as on the
 * chairs' other pages. Reads the store in a fixed number of queries
 * ({@link RankingStore}) and writes nothing.
 */
@Service
class RankingService {

	private final RankingStore store;

	private final AccountDirectory accounts;

	RankingService(RankingStore store, AccountDirectory accounts) {
		this.store = store;
		this.accounts = accounts;
	}

	/**
	 * The ranking.
	 * @param actor who asks, a chair
	 * @param query order and filters
	 * @return the ranking
	 * @throws AccessRefusedException for anyone but a chair
	 */
	Ranking rank(Actor actor, RankingQuery query) {
		requireChair(actor);
		ReviewForm form = this.store.form();
		List<RankedAbstract> abstracts = this.store.abstracts();
		List<Review> reviews = this.store.submittedScores();
		Map<UUID, Integer> assigned = this.store.assignedCounts();
		Map<UUID, Decision> decisions = this.store.decisions();
		Scores scores = Scoring.score(form, reviews, abstracts.stream().map(RankedAbstract::id).toList());
		List<RankingRow> all = new ArrayList<>(abstracts.size());
		for (RankedAbstract submission : abstracts) {
			all.add(RankingRow.of(submission, scores.of(submission.id()), assigned.getOrDefault(submission.id(), 0),
					decisions.get(submission.id())));
		}
		List<RankingRow> listed = all.stream().filter(query::accepts).sorted(query.order()).toList();
		List<RankingRow> rows = new ArrayList<>(listed.size());
		for (int i = 0; i < listed.size(); i++) {
			rows.add(listed.get(i).withRank(i + 1));
		}
		return new Ranking(query, form, rows, all, scores);
	}

	/**
	 * The review form in force.
	 * @param actor who asks, a chair
	 * @return the form
	 * @throws AccessRefusedException for anyone but a chair
	 */
	ReviewForm form(Actor actor) {
		requireChair(actor);
		return this.store.form();
	}

	/**
	 * The submitted reviews of one ranked abstract side by side, with its place in the
	 * ranking.
	 * @param actor who asks, a chair
	 * @param abstractKey the abstract's id or number
	 * @param query the ranking the chair came from, for previous and next
	 * @return the reviews
	 * @throws AccessRefusedException for anyone but a chair
	 * @throws NotFoundException for an abstract that is not ranked
	 */
	SideBySide sideBySide(Actor actor, String abstractKey, RankingQuery query) {
		Ranking ranking = rank(actor, query);
		RankingRow row = ranking.all()
			.stream()
			.filter((candidate) -> candidate.id().toString().equalsIgnoreCase(abstractKey.strip())
					|| candidate.number().equalsIgnoreCase(abstractKey.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					"There is no submitted abstract " + abstractKey + "; the ranking on /rankings lists them all"));
		int index = -1;
		for (int i = 0; i < ranking.rows().size(); i++) {
			if (ranking.rows().get(i).id().equals(row.id())) {
				index = i;
				row = ranking.rows().get(i);
			}
		}
		List<Review> reviews = new ArrayList<>(this.store.submittedReviews(row.id()));
		Map<UUID, Account> reviewers = reviewers(reviews);
		reviews.sort(Comparator.comparing((Review review) -> email(reviewers, review.reviewerId())));
		return SideBySide.of(ranking, row, index, reviews, reviewers);
	}

	/**
	 * Every submitted review of a ranked abstract, for the export.
	 * @param actor who asks, a chair
	 * @return the reviews with their abstract and reviewer, by number then reviewer
	 * address
	 */
	List<ReviewLine> reviewLines(Actor actor) {
		Ranking ranking = rank(actor, RankingQuery.DEFAULT);
		Map<UUID, RankingRow> rows = new HashMap<>();
		ranking.all().forEach((row) -> rows.put(row.id(), row));
		List<Review> reviews = this.store.submittedReviews()
			.stream()
			.filter((review) -> rows.containsKey(review.abstractId()))
			.toList();
		Map<UUID, Account> reviewers = reviewers(reviews);
		List<ReviewLine> lines = new ArrayList<>(reviews.size());
		for (Review review : reviews) {
			lines.add(ReviewLine.of(rows.get(review.abstractId()), review, reviewers.get(review.reviewerId()),
					ranking.scores().reviews().get(review.id())));
		}
		lines.sort(Comparator.comparing(ReviewLine::number)
			.thenComparing((line) -> (line.reviewerEmail() != null) ? line.reviewerEmail() : ""));
		return lines;
	}

	private Map<UUID, Account> reviewers(List<Review> reviews) {
		Map<UUID, Account> reviewers = new HashMap<>();
		for (Account account : this.accounts
			.findAllById(reviews.stream().map(Review::reviewerId).distinct().toList())) {
			reviewers.put(account.id(), account);
		}
		return reviewers;
	}

	private static String email(Map<UUID, Account> reviewers, UUID id) {
		Account account = reviewers.get(id);
		return (account != null) ? account.email() : id.toString().toLowerCase(Locale.ROOT);
	}

	private static void requireChair(Actor actor) {
		AccessPolicy.requireRankAbstracts(actor);
	}

}
