/**
 * Reviewer profiles (expertise per topic area, load caps) and bids.
 */
package org.husnu.symposium.core.reviewers;
