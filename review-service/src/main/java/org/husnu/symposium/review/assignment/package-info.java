/**
 * Assignment of reviewers to abstracts: the optimal automatic proposal built from the
 * store, applying it, and the chairs' edits by hand.
 */
package org.husnu.symposium.review.assignment;
