/**
 * The chairs' ranking of the abstracts by the scores of their submitted reviews, the
 * reviews of one abstract side by side, and the exports of reviews and scores. Reads
 * only.
 */
package org.husnu.symposium.review.rankings;
