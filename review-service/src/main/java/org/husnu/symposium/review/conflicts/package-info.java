/**
 * Conflicts of interest: declared by reviewers and chairs, computed from current data by
 * core's rules, listed for chairs with their reasons, and overridden by chairs.
 */
package org.husnu.symposium.review.conflicts;
