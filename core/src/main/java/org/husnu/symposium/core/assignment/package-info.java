/**
 * Assignments of reviewers to abstracts, and the optimal automatic assignment: a pure
 * function from the pool, conflicts, bids and scores to a proposal
 * ({@link org.husnu.symposium.core.assignment.OptimalAssignment}).
 */
package org.husnu.symposium.core.assignment;
