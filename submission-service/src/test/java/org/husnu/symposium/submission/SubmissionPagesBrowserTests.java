package org.husnu.symposium.submission;

import org.husnu.symposium.test.LandingPageBrowserTests;

/**
 * The pages of submission-service as a person sees them, in headless Chromium.
 */
class SubmissionPagesBrowserTests extends LandingPageBrowserTests {

	@Override
	protected String expectedHeading() {
		return "Call for oral presentations";
	}

	@Override
	protected String expectedJapaneseHeading() {
		return "口頭発表の演題募集";
	}

}
