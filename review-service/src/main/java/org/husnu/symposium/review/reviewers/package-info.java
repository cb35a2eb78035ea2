/**
 * Reviewers: their profiles (expertise per topic area, load cap) and the store for them.
 */
package org.husnu.symposium.review.reviewers;
