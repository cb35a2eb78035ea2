package org.husnu.symposium.review.bids;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.conflicts.ConflictStore;
import org.husnu.symposium.review.conflicts.SubmittedAbstracts;

import org.springframework.stereotype.Service;

/**
 * Bidding: a reviewer sees the submitted abstracts {@link AccessPolicy#mayBidOn} lets
 * through (a conflicted abstract is not there at all, not even counted) and bids on them.
 * Only this service writes {@code bids}.
 */
@Service
public class BidService {

	private final BidRepository bids;

	private final SubmittedAbstracts abstracts;

	private final ConflictStore conflicts;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final Clock clock;

	BidService(BidRepository bids, SubmittedAbstracts abstracts, ConflictStore conflicts, AccountDirectory accounts,
			ReferenceData referenceData, Clock clock) {
		this.bids = bids;
		this.abstracts = abstracts;
		this.conflicts = conflicts;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/**
	 * The abstracts the reviewer may bid on, by number, with their current bids.
	 * @param actor the reviewer
	 * @return the abstracts
	 */
	List<BidView> list(Actor actor) {
		return list(actor, BidQuery.ALL).abstracts();
	}

	/**
	 * The abstracts the reviewer may bid on that the query finds, by number, with their
	 * current bids, and how many they may bid on in all.
	 * @param actor the reviewer
	 * @param query what to look for
	 * @return the abstracts found and the total
	 */
	Found list(Actor actor, BidQuery query) {
		AccessPolicy.requireBid(actor);
		Account account = this.accounts.findById(actor.accountId()).orElse(null);
		List<Conflict> stored = this.conflicts.ofReviewer(actor.accountId());
		EventSettings settings = this.referenceData.eventSettings();
		Map<UUID, Bid> current = this.bids.findByReviewerId(actor.accountId())
			.stream()
			.collect(Collectors.toMap(Bid::abstractId, Function.identity()));
		List<AbstractSubmission> visible = this.abstracts.all()
			.stream()
			.filter((submission) -> AccessPolicy.mayBidOn(actor, account, submission, settings.institutionPolicy(),
					stored))
			.toList();
		List<BidView> found = visible.stream()
			.filter((submission) -> query.matches(submission, current.containsKey(submission.id())))
			.map((submission) -> view(actor, submission, settings, current.get(submission.id())))
			.toList();
		return new Found(found, visible.size());
	}

	/**
	 * Places or changes the reviewer's bid on an abstract; the same bid twice changes
	 * nothing.
	 * @param actor the reviewer
	 * @param abstractKey the abstract's id or number
	 * @param level from -2 to 2
	 * @return the abstract with the bid
	 */
	public BidView place(Actor actor, String abstractKey, Integer level) {
		AccessPolicy.requireBid(actor);
		BidLevel bidLevel = BidLevel.ofPreference(level);
		Account account = this.accounts.findById(actor.accountId()).orElse(null);
		EventSettings settings = this.referenceData.eventSettings();
		AbstractSubmission submission = this.abstracts.find(abstractKey)
			.filter((found) -> AccessPolicy.mayBidOn(actor, account, found, settings.institutionPolicy(),
					this.conflicts.ofReviewer(actor.accountId())))
			.orElseThrow(() -> new NotFoundException(
					"There is no abstract " + abstractKey + " you can bid on; GET /api/bids lists the ones you can"));
		Bid bid = this.bids.save(Bid.of(actor.accountId(), submission.id(), bidLevel, this.clock.instant()));
		return view(actor, submission, settings, bid);
	}

	private static BidView view(Actor actor, AbstractSubmission submission, EventSettings settings, Bid bid) {
		return BidView.of(submission, AccessPolicy.maySeeAuthors(actor, submission, settings.blindReview()), bid);
	}

	/**
	 * The abstracts a query found.
	 *
	 * @param abstracts the abstracts found, by number
	 * @param total how many abstracts the reviewer may bid on in all
	 */
	record Found(List<BidView> abstracts, int total) {
	}

}
