package org.husnu.symposium.review.bids;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.reviewers.Bid;

import org.springframework.data.repository.Repository;

/**
 * Bids, keyed by {@code reviewerId:abstractId}; review-service is their only writer.
 * Saving a bid of the same pair replaces it.
 */
interface BidRepository extends Repository<Bid, String> {

	Bid save(Bid bid);

	List<Bid> findByReviewerId(UUID reviewerId);

}
