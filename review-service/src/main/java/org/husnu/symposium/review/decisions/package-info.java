/**
 * The chairs' decisions: held until released, released with mails in each author's
 * language.
 */
package org.husnu.symposium.review.decisions;
