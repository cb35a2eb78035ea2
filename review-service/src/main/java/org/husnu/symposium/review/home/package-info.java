/**
 * The landing page of review-service.
 */
package org.husnu.symposium.review.home;
