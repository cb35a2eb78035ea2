package org.husnu.symposium.review;

import org.husnu.symposium.test.LandingPageBrowserTests;

/**
 * The pages of review-service as a person sees them, in headless Chromium.
 */
class ReviewPagesBrowserTests extends LandingPageBrowserTests {

	@Override
	protected String expectedHeading() {
		return "Abstract review";
	}

	@Override
	protected String expectedJapaneseHeading() {
		return "演題の査読";
	}

}
