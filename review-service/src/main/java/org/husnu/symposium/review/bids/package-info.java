/**
 * Bids: reviewers see the submitted abstracts they do not conflict with (blind when the
 * event runs blind review) and say from -2 to +2 how much they want each.
 */
package org.husnu.symposium.review.bids;
