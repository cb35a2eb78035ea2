/**
 * Reviewing: the review form the chairs configure (with its history of revisions), and a
 * reviewer's own review of an assigned abstract, drafted, submitted and edited until the
 * review deadline, with the other reviews shown anonymised once their own is in.
 */
package org.husnu.symposium.review.reviewing;
