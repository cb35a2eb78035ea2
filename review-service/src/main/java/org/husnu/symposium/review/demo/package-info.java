/**
 * Demo data of review-service, active with the {@code demo} profile.
 */
package org.husnu.symposium.review.demo;
