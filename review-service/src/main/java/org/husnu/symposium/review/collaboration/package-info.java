/**
 * The HU–SNU collaboration report for the chairs (page, JSON, CSV) and, for presenters,
 * the accepted work of the other university closest to their accepted abstracts.
 */
package org.husnu.symposium.review.collaboration;
